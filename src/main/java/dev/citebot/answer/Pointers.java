package dev.citebot.answer;

import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import dev.citebot.retrieve.PointingWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that opens with a word pointing back ("These included …", "It appoints …") continues the one
 * before it: the best sentence is quoted together with the next sentence of its paragraph when that one points
 * back to it, and with the previous one when it points back itself, so the quote holds both what the question
 * matched and what answers it. The quote stays one verbatim span of the article.
 */
final class Pointers {
    static final int MAX_CHARS = 600;

    /** The noun a "which X" / "what X" question asks for ("Which newspaper …?" → "newspaper"). */
    private static final Pattern ASKED_NOUN = Pattern.compile("^\\s*(?:which|what)\\s+(\\p{L}{3,})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|this|that)\\s+(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NOUNS = Set.of("did", "does", "was", "were", "are", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "else", "about", "kind", "sort", "type");

    private Pointers() {
    }

    /** The evidence widened to the pointing neighbour sentences, or itself when none points. */
    static Evidence widen(Evidence e, ArticleView article) {
        return widen(e, article, "");
    }

    /**
     * As {@link #widen(Evidence, ArticleView)}, and a sentence that names what a "which X" question asks for only as
     * "the X" ("Which newspaper talked to a source?" against "… a source has advised the newspaper …") also points
     * back: the one before it is where the article said which.
     */
    static Evidence widen(Evidence e, ArticleView article, String question) {
        List<Passage> passages = article.passages();
        int at = indexOf(passages, e);
        if (at < 0) {
            return e;
        }
        int start = e.start();
        int end = e.end();
        String text = article.text();
        if (at + 1 < passages.size() && sameParagraph(passages.get(at + 1), e)
                && pointsBack(text, passages.get(at + 1)) && passages.get(at + 1).end() - start <= MAX_CHARS) {
            end = passages.get(at + 1).end();
        }
        if (at > 0 && sameParagraph(passages.get(at - 1), e)
                && (pointsBack(text, passages.get(at)) || refersBack(text, passages.get(at), question))
                && end - passages.get(at - 1).start() <= MAX_CHARS) {
            start = passages.get(at - 1).start();
        }
        return start == e.start() && end == e.end() ? e
                : new Evidence(e.articleId(), e.paragraph(), start, end, e.score(), e.speaker(), e.speakerIsSubject());
    }

    /** The index of the passage that is {@code e}'s sentence, -1 when none is. */
    static int indexOf(List<Passage> passages, Evidence e) {
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).start() == e.start() && passages.get(i).end() == e.end()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameParagraph(Passage p, Evidence e) {
        return p.paragraph() == e.paragraph();
    }

    private static boolean refersBack(String text, Passage p, String question) {
        Matcher asked = ASKED_NOUN.matcher(question);
        if (!asked.find() || NOT_NOUNS.contains(asked.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher named = DEFINITE.matcher(text).region(p.start(), p.end());
        while (named.find()) {
            if (named.group(1).equalsIgnoreCase(asked.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointsBack(String text, Passage p) {
        return PointingWords.pointsBack(text.substring(p.start(), p.end()));
    }
}
