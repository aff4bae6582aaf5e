package dev.citebot.answer;

import dev.citebot.article.Scope;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.CorpusSnapshot;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capitalised words of the articles in scope whose initials are an acronym's letters, "Financial Times" for
 * "FT": what a reader's abbreviation stands for in an article that never abbreviates it. Reads at most
 * {@value #MAX_ARTICLES} articles' texts (a question in one article, or in a small library); above that it finds
 * nothing rather than read every text for one word.
 */
final class Initials {
    static final int MAX_ARTICLES = 50;

    private Initials() {
    }

    static Optional<String> of(String acronym, CorpusSnapshot corpus, Scope scope) {
        var articles = corpus.articlesIn(scope);
        if (articles.size() > MAX_ARTICLES) {
            return Optional.empty();
        }
        Pattern words = pattern(acronym);
        for (ArticleView article : articles) {
            Matcher m = words.matcher(article.text());
            if (m.find()) {
                return Optional.of(m.group().replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }

    /** A run of capitalised words, one per letter, each of two letters or more ("Financial Times"). */
    static Pattern pattern(String acronym) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < acronym.length(); i++) {
            regex.append(i == 0 ? "" : "[ \\t]+").append(Pattern.quote(String.valueOf(acronym.charAt(i))))
                    .append("\\p{Ll}+");
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }
}
