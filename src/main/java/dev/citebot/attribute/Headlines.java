package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a title-case headline ("Mayor Says Ferry Will Run Through Winter", "Dock Workers Slam Council") as the
 * sentence it abbreviates: every word after the first is lowered unless the article writes it capitalised inside a
 * sentence as a name is written (and it is no cue verb or function word), so the rules see its verbs and common
 * nouns as such while names stay capitalised. Lowering keeps every offset, so spans found in the lowered text
 * index the article.
 */
final class Headlines {

    private static final double TITLE_CASE_SHARE = 0.6;

    private final Words words;

    Headlines(Words words) {
        this.words = words;
    }

    /** The article with the headline's common words lowered, or {@code a} itself when it is not title case. */
    ArticleTokens lowered(ArticleTokens a, int lo, int hi) {
        if (!titleCase(a, lo, hi)) {
            return a;
        }
        List<Integer> lower = new ArrayList<>();
        for (int i = lo + 1; i < hi; i++) {
            Token t = a.get(i);
            boolean common = !a.writesCapitalisedInside(t.lower()) || !words.frames(lowerToken(t)).isEmpty()
                    || WordClasses.isFunctionWord(t) || WordClasses.DETERMINERS.contains(t.lower());
            if (t.capitalised() && common && t.text().length() == t.lower().length()) {
                lower.add(i);
            }
        }
        return lower.isEmpty() ? a : a.withLowered(lower);
    }

    private static Token lowerToken(Token t) {
        return new Token(t.lower(), t.lower(), t.start(), t.end(), t.kind(), t.quoted());
    }

    /** Whether tokens {@code [lo, hi)} are written in title case: most words of four letters or more capitalised. */
    static boolean titleCase(ArticleTokens a, int lo, int hi) {
        int words = 0;
        int capitalised = 0;
        for (int i = lo; i < hi; i++) {
            Token t = a.get(i);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return words >= 2 && capitalised >= TITLE_CASE_SHARE * words;
    }
}
