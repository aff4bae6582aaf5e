package dev.citebot.text;

/**
 * White space as citebot reads it: Java white space, every Unicode space separator (the no-break spaces
 * {@code U+00A0}, {@code U+2007} and {@code U+202F} included), and the zero-width space and byte-order mark that
 * pasted text carries. Ingest, retrieval, attribution and quote verification all use this one definition.
 */
public final class Spaces {
    private Spaces() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Whether {@code s[start,end)} holds only {@link #isSpace} characters (an empty range is blank). */
    public static boolean isBlank(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without leading and trailing {@link #isSpace} characters. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s} with every run of {@link #isSpace} characters replaced by one space, and stripped. */
    public static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
