package dev.citebot.attribute;

import java.util.List;
import java.util.Optional;

/**
 * A reporting construction that ends its sentence with a colon ("The minister said:", "Okafor told reporters on
 * Monday:") introduces the sentence that follows: the next sentence of its paragraph, or the first sentence of the
 * next paragraph when the colon ends its own. Only that one sentence is attributed, and only when it has no
 * attribution of its own; a quotation it opens and leaves open is carried on like any other.
 */
final class ColonCues {

    private final RuleSpeakerFinder finder;

    ColonCues(RuleSpeakerFinder finder) {
        this.finder = finder;
    }

    /** A cue waiting for its content: the construction and the paragraph of the sentence its colon ends. */
    record Pending(Resolved cue, int paragraph) {
    }

    /**
     * The main reporting construction of the sentence of tokens {@code [lo, hi)} when the sentence ends with a colon
     * outside quotation marks and no quotation mark stands between the construction and the colon; empty otherwise
     * or when its speaker does not resolve.
     */
    Optional<Resolved> endingAt(ArticleTokens a, int lo, int hi) {
        int colon = hi - 1;
        if (colon <= lo || !a.get(colon).is(":") || a.get(colon).quoted()) {
            return Optional.empty();
        }
        List<Candidate> candidates = finder.candidates(a, lo, colon);
        return MainClause.choose(candidates, c -> finder.speaker(a, c).map(sp -> new Resolved(c, sp)))
                .filter(r -> r.right(a) < colon && !quotationBetween(a, r.right(a) + 1, colon));
    }

    /**
     * The attribution of the sentence of tokens {@code [lo, hi)} in paragraph {@code paragraph} to the cue
     * {@code pending} left open: the whole sentence, its final punctuation left out, when it follows in the same
     * paragraph or opens the next one.
     */
    static Optional<Attribution> introduced(ArticleTokens a, Pending pending, int paragraph, int lo, int hi) {
        if (paragraph - pending.paragraph() > 1) {
            return Optional.empty();
        }
        return ContentSpans.trim(a, lo, hi).map(span -> SentenceAttributions.attribution(a, pending.cue(), span));
    }

    private static boolean quotationBetween(ArticleTokens a, int from, int to) {
        for (int k = from; k < to; k++) {
            Token.Kind kind = a.get(k).kind();
            if (kind == Token.Kind.OPEN_QUOTE || kind == Token.Kind.CLOSE_QUOTE) {
                return true;
            }
        }
        return false;
    }
}
