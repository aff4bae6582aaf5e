package dev.citebot.chat.llm;

import java.util.Arrays;
import java.util.Optional;

/**
 * A text compared the way quotations are verified: every quotation mark and apostrophe, straight or
 * typographic, counts as the same character, and each run of whitespace as one space. Keeps, for every
 * character of the loose form, its offset in the original, so a match maps back to exact offsets.
 */
final class LooseText {
    private static final String QUOTE_MARKS = "'\"‘’‚‛“”„‟«»‹›′″`";

    private final String loose;
    private final int[] origin;

    private LooseText(String loose, int[] origin) {
        this.loose = loose;
        this.origin = origin;
    }

    static LooseText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        boolean pendingSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                origin[out.length()] = i - 1;
                out.append(' ');
                pendingSpace = false;
            }
            origin[out.length()] = i;
            out.append(QUOTE_MARKS.indexOf(c) >= 0 ? '\'' : c);
        }
        return new LooseText(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    /** {@code text} in loose form: the key a quotation is looked up by. */
    static String key(String text) {
        return of(text).loose;
    }

    /** Where {@code key} first occurs, as {@code [start, end)} offsets of the original text. */
    Optional<int[]> find(String key) {
        int at = key.isEmpty() ? -1 : loose.indexOf(key);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new int[] {origin[at], origin[at + key.length() - 1] + 1});
    }
}
