package dev.citebot.retrieve;

import dev.citebot.article.Scope;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Words;
import dev.citebot.text.Folding.LetterCase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quotation the question itself contains ("Who said “…”?") in the article texts, ignoring case,
 * typographic quote style and white space. Returns the whole sentences around each match (one span, which may
 * cover several sentences when the quotation runs across them), at most {@value #MAX_MATCHES} in all.
 */
final class PhraseChannel {
    static final int MAX_MATCHES = 5;
    static final int WORDS_CHECKED = 3;

    /** @param phrase the quotation the question contains, as the question's analysis found it */
    List<ChannelHit> find(CorpusSnapshot corpus, Optional<String> phrase, Scope scope) {
        List<ChannelHit> out = new ArrayList<>();
        if (phrase.isEmpty()) {
            return out;
        }
        String folded = FoldedText.fold(phrase.get(), LetterCase.IGNORED);
        List<ArticleView> candidates = candidates(corpus, folded, scope);
        int read = MAX_MATCHES;
        for (int from = 0; from < candidates.size() && out.size() < MAX_MATCHES; from += read, read *= 2) {
            List<ArticleView> block = candidates.subList(from, Math.min(candidates.size(), from + read));
            corpus.readTexts(block.stream().map(ArticleView::id).toList());
            for (ArticleView article : block) {
                if (out.size() >= MAX_MATCHES) {
                    break;
                }
                collect(article, folded, out);
            }
        }
        return out;
    }

    /**
     * The articles whose passages can hold the (folded) phrase: those with passages holding each of its
     * {@value #WORDS_CHECKED} rarest inner words, or every article in scope when it has none. An inner word is
     * neither the phrase's first nor its last (either may be cut from a longer word) and is made of letters and
     * digits only: folding made every quote mark an apostrophe, so a word written with one ("won`t", "won’t") is
     * not plain, and a plain word is split alike from the phrase and from any text it matches, whatever their quote
     * marks, dashes, case or spacing. Reading only these articles, and of them only as many as it takes to find
     * {@value #MAX_MATCHES} matches ({@value #MAX_MATCHES} texts in the first query, then twice as many in each next
     * one), keeps a quotation question's cost from growing with every article stored.
     */
    private static List<ArticleView> candidates(CorpusSnapshot corpus, String folded, Scope scope) {
        List<String> words = SearchTerms.words(folded);
        List<String> inner = new ArrayList<>();
        for (int i = 1; i < words.size() - 1; i++) {
            if (plain(words.get(i))) {
                inner.add(SearchTerms.stem(words.get(i)));
            }
        }
        if (inner.isEmpty()) {
            return List.copyOf(corpus.articlesWithTexts(scope));
        }
        List<String> rarest = inner.stream().distinct()
                .sorted(Comparator.comparingInt(corpus.lexical()::documentFrequency))
                .limit(WORDS_CHECKED).toList();
        return corpus.articlesWithTerms(rarest, scope);
    }

    private static boolean plain(String word) {
        return word.chars().allMatch(c -> Words.isWordChar((char) c));
    }

    /** Adds the article's matches until {@link #MAX_MATCHES} are found in all. */
    private static void collect(ArticleView article, String folded, List<ChannelHit> out) {
        int[] match = article.folded().find(folded, 0);
        while (match != null) {
            List<Passage> around = article.overlapping(match[0], match[1]);
            if (!around.isEmpty()) {
                Passage first = around.get(0);
                out.add(new ChannelHit(Channel.PHRASE, article.id(), first.paragraph(), first.start(),
                        around.get(around.size() - 1).end(), 1.0));
            }
            if (out.size() >= MAX_MATCHES) {
                return;
            }
            match = article.folded().find(folded, match[1]);
        }
    }
}
