package dev.citebot.ingest;

import dev.citebot.text.Spaces;

/**
 * Markdown heading lines, as the reader and the splitter both see them; white space is {@link Spaces}'s.
 */
final class Lines {
    private Lines() {
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
        String rest = Spaces.strip(line.substring(i));
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == '#') {
            end--;
        }
        boolean closingSequence = end < rest.length() && (end == 0 || Spaces.isSpace(rest.charAt(end - 1)));
        return closingSequence ? Spaces.strip(rest.substring(0, end)) : rest;
    }
}
