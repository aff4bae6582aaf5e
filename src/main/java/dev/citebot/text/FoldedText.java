package dev.citebot.text;

import dev.citebot.text.Folding.LetterCase;

/**
 * A folded view of a text, the one sense in which citebot takes two texts to say "the same words": every
 * character folded by {@link Folding#fold} and every run of {@link Spaces white space} made one space, with no
 * space at either end. Phrase retrieval ignores letter case, quote verification keeps it; nothing else differs.
 * <p>
 * A match maps back to an exact span of the original, the only kind of span citebot may put in quotation marks.
 * The map from folded to original offsets is not stored (it would take four bytes per character of every
 * article); it is recomputed by walking the original text, which only happens for a match.
 */
public final class FoldedText {
    private final String original;
    private final String folded;

    private FoldedText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    public static FoldedText of(String text, LetterCase letterCase) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Spaces.isSpace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = Folding.fold(c, letterCase);
        }
        return new FoldedText(text, new String(out, 0, length));
    }

    /** The folded form of a phrase, to search for with {@link #find}. */
    public static String fold(String phrase, LetterCase letterCase) {
        return of(phrase, letterCase).folded;
    }

    public String folded() {
        return folded;
    }

    /**
     * Finds a folded phrase at or after {@code fromOriginal} (an offset into the original text). The phrase must be
     * folded with the same letter case rule as this text.
     *
     * @return the original span {@code [start, end)} of the first match, or {@code null} when there is none or the
     *         phrase is empty
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
            if (Spaces.isSpace(original.charAt(i))) {
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
            if (Spaces.isSpace(original.charAt(i))) {
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
}
