package dev.citebot.ingest;

/**
 * Character and line helpers shared by the reader and the splitter, so both agree on what counts as blank
 * space and as a Markdown heading.
 */
final class Lines {
    private Lines() {
    }

    /** Whitespace in the Unicode sense, including no-break spaces that {@link Character#isWhitespace} misses. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without leading and trailing {@link #isSpace} characters. */
    static String strip(String s) {
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

    /** {@code s} with every run of blank space replaced by one space, and stripped. */
    static String collapse(String s) {
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

    /**
     * Whether {@code s[start,end)} is a CommonMark ATX heading line: up to three spaces, one to six {@code #},
     * then a space, a tab or the end of the line ({@code #hashtag} is not a heading).
     */
    static boolean isAtxHeading(CharSequence s, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && s.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i < end && s.charAt(i) == '#') {
            hashes++;
            i++;
        }
        return hashes >= 1 && hashes <= 6 && (i == end || s.charAt(i) == ' ' || s.charAt(i) == '\t');
    }

    /** The text of an ATX heading line (see {@link #isAtxHeading}), without the opening and closing {@code #}s. */
    static String atxHeadingText(String line) {
        int i = line.indexOf('#');
        while (i < line.length() && line.charAt(i) == '#') {
            i++;
        }
        String rest = strip(line.substring(i));
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == '#') {
            end--;
        }
        boolean closingSequence = end < rest.length() && (end == 0 || isSpace(rest.charAt(end - 1)));
        return closingSequence ? strip(rest.substring(0, end)) : rest;
    }
}
