package dev.citebot.retrieve;

/**
 * A folded view of a text for phrase matching: typographic quotes and apostrophes become plain ones, dashes
 * become {@code -}, runs of white space become one space, letters are lower-cased. A match maps back to an exact
 * span of the source — the only kind of span citebot may put in quotation marks. The map from folded to original
 * offsets is not stored (it would take four bytes per character of every article); it is recomputed by walking the
 * original text, which only happens for a match.
 */
public final class NormalizedText {
    private final String original;
    private final String folded;

    private NormalizedText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    public static NormalizedText of(String text) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = fold(c);
        }
        return new NormalizedText(text, new String(out, 0, length));
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
        int at = folded.indexOf(foldedPhrase, firstFoldedAtOrAfter(fromOriginal));
        if (at < 0) {
            return null;
        }
        return new int[] {origin(at), origin(at + foldedPhrase.length() - 1) + 1};
    }

    /**
     * The original offset of folded character {@code foldedIndex}: the character itself, or for a space that stands
     * for a run of white space, the character after the run.
     */
    private int origin(int foldedIndex) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < original.length(); i++) {
            if (isSpace(original.charAt(i))) {
                pendingSpace = length > 0;
                continue;
            }
            length += pendingSpace ? 1 : 0;
            pendingSpace = false;
            if (length >= foldedIndex) {
                return i;
            }
            length++;
        }
        throw new IndexOutOfBoundsException(foldedIndex);
    }

    /** The first folded index whose original offset is at least {@code originalOffset}. */
    private int firstFoldedAtOrAfter(int originalOffset) {
        if (originalOffset <= 0) {
            return 0;
        }
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < original.length(); i++) {
            if (isSpace(original.charAt(i))) {
                pendingSpace = length > 0;
                continue;
            }
            if (i >= originalOffset) {
                return length;
            }
            length += pendingSpace ? 2 : 1;
            pendingSpace = false;
        }
        return folded.length();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
