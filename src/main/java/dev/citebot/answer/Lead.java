package dev.citebot.answer;

import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "What is the article about?" asks for no sentence in particular but for the article's gist, which a news article
 * gives first: the answer is its lead, the first two sentences of its first paragraph. Any more specific question
 * ("What does the article say about Japan?") goes the general way.
 */
final class Lead {
    static final int SENTENCES = 2;
    /** The text asked about: "the article", "this story". */
    static final String TEXT = "(?:the|this)\\s+(?:article|story|piece|text|report)";
    private static final Pattern ASKS = Pattern.compile("^(?:so\\s+|and\\s+)?(?:what(?:['’]?s|\\s+is|\\s+was)\\s+"
            + TEXT + "\\s+(?:about|on)|what\\s+(?:does|did)\\s+" + TEXT + "\\s+say|(?:summari[sz]e|sum\\s+up)\\s+"
            + TEXT + "|(?:give\\s+me\\s+)?(?:a\\s+)?summary(?:\\s+of\\s+" + TEXT + ")?)\\s*[?.!]*$",
            Pattern.CASE_INSENSITIVE);

    private Lead() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(question.strip()).matches();
    }

    /** The article's lead as one span, or empty for an article without passages. */
    static Optional<Evidence> of(ArticleView article) {
        List<Passage> passages = article.passages();
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        Passage first = passages.get(0);
        Passage last = first;
        for (Passage p : passages.subList(1, Math.min(SENTENCES, passages.size()))) {
            if (p.sentence().paragraph() == first.sentence().paragraph()) {
                last = p;
            }
        }
        return Optional.of(new Evidence(article.id(), first.sentence().paragraph(), first.start(), last.end(), 1,
                Optional.empty(), false));
    }
}
