package dev.citebot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How characters are folded so that texts that differ only in typography compare equal: every quotation mark and
 * apostrophe becomes {@code '}, every dash {@code -}, and, when case is ignored, letters become lower case.
 * Runs of white space are the business of {@link FoldedText}. Accents are folded only on request
 * ({@link #withoutAccents}): a quotation must keep them, a name asked without them should still be found.
 */
public final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Whether letter case is part of what must be equal. */
    public enum LetterCase { KEPT, IGNORED }

    private Folding() {
    }

    public static char fold(char c, LetterCase letterCase) {
        if (Marks.isQuoteMark(c)) {
            return '\'';
        }
        if (Marks.isDash(c)) {
            return '-';
        }
        return letterCase == LetterCase.IGNORED ? Character.toLowerCase(c) : c;
    }

    /** {@code word} lower-cased (root locale) with its typographic apostrophes made straight. */
    public static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** {@code text} with the accents and other combining marks taken off its letters: "Maizière" → "Maiziere". */
    public static String withoutAccents(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
