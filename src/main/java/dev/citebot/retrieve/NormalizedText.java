package dev.citebot.retrieve;

import java.util.Arrays;

/**
 * A folded view of a text for phrase matching: typographic quotes and apostrophes become plain ones, dashes
 * become {@code -}, runs of white space become one space, letters are lower-cased. It keeps, for every
 * folded character, the offset of the original character, so a match maps back to an exact span of the
 * source — the only kind of span citebot may put in quotation marks.
 */
public final class NormalizedText {
    private final String folded;
    private final int[] origin;
    private final int originalLength;

    private NormalizedText(String folded, int[] origin, int originalLength) {
        this.folded = folded;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public static NormalizedText of(String text) {
        char[] source = text.toCharArray();
        char[] out = new char[source.length];
        int[] origin = new int[source.length];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < source.length; i++) {
            char c = source[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                origin[length] = i;
                out[length++] = ' ';
                pendingSpace = false;
            }
            origin[length] = i;
            out[length++] = fold(c);
        }
        return new NormalizedText(new String(out, 0, length), Arrays.copyOf(origin, length), text.length());
    }

    /** The folded form of a single phrase, for searching with {@link #find}. */
    public static String fold(String phrase) {
        return of(phrase).folded;
    }

    static char fold(char c) {
        switch (c) {
            case '“', '”', '„', '‟', '«', '»', '″' -> {
                return '"';
            }
            case '‘', '’', '‚', '‛', '′', '`' -> {
                return '\'';
            }
            case '–', '—', '‒', '―', '‐' -> {
                return '-';
            }
            default -> {
                return Character.toLowerCase(c);
            }
        }
    }

    public String folded() {
        return folded;
    }

    /**
     * Finds a folded phrase at or after {@code fromOriginal} (an offset into the original text).
     *
     * @return the original span {@code [start, end)} of the first match, or {@code null}
     */
    public int[] find(String foldedPhrase, int fromOriginal) {
        if (foldedPhrase.isEmpty()) {
            return null;
        }
        int from = firstFoldedAtOrAfter(fromOriginal);
        int at = folded.indexOf(foldedPhrase, from);
        if (at < 0) {
            return null;
        }
        int last = at + foldedPhrase.length() - 1;
        return new int[] {origin[at], origin[last] + 1};
    }

    private int firstFoldedAtOrAfter(int originalOffset) {
        if (originalOffset <= 0) {
            return 0;
        }
        if (originalOffset >= originalLength) {
            return folded.length();
        }
        int i = Arrays.binarySearch(origin, originalOffset);
        return i >= 0 ? i : -i - 1;
    }
}
