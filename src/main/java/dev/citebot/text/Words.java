package dev.citebot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where words begin and end. A <em>word</em> is a run of letters and digits, joined across an apostrophe that
 * stands between two letters ("don't", "Russia’s"): the unit the search index counts, so "U.S." is the words "u"
 * and "s". A <em>compound word</em> joins words across a hyphen or full stop that stands between them
 * ("NP-complete", "X.25", "Saint-Evroul") and keeps the final stop of dotted initials ("U.S."): the unit a
 * name is asked by.
 * <p>
 * The rules are written once, over a {@code char[]}; text in a {@code String} is copied into one first. Letter
 * and digit tests go through a table filled when the class loads, which keeps the scanning loops small.
 */
public final class Words {
    private static final byte WORD = 1;
    private static final byte LETTER = 2;
    private static final byte[] KINDS = kinds();

    private Words() {
    }

    /** A letter or digit ({@link Character#isLetterOrDigit}). */
    public static boolean isWordChar(char c) {
        return (KINDS[c] & WORD) != 0;
    }

    public static boolean isLetter(char c) {
        return (KINDS[c] & LETTER) != 0;
    }

    /** The start of the first word at or after {@code from}, or {@code end} when there is none before it. */
    public static int wordStart(char[] text, int from, int end) {
        int i = from;
        while (i < end && !isWordChar(text[i])) {
            i++;
        }
        return i;
    }

    /** The end of the word that starts at {@code start} (which must hold a letter or digit). */
    public static int wordEnd(char[] text, int start, int end) {
        int i = start;
        while (i < end && (isWordChar(text[i]) || isInnerApostrophe(text, i, end))) {
            i++;
        }
        return i;
    }

    /** The end of the compound word that starts at {@code start} (which must hold a letter or digit). */
    public static int compoundEnd(char[] text, int start, int end) {
        int i = wordEnd(text, start, end);
        boolean initials = i - start == 1;
        while (i + 1 < end && isJoiner(text[i]) && isWordChar(text[i + 1])) {
            int next = wordEnd(text, i + 1, end);
            initials &= text[i] == '.' && next - i == 2;
            i = next;
        }
        return initials && i - start > 1 && i < end && text[i] == '.' ? i + 1 : i;
    }

    /** The words of {@code text}, lower case, apostrophes straight ({@link Folding#lowerCase}). */
    public static List<String> words(String text) {
        char[] chars = text.toCharArray();
        List<String> out = new ArrayList<>();
        for (int i = wordStart(chars, 0, chars.length); i < chars.length; i = wordStart(chars, i, chars.length)) {
            int end = wordEnd(chars, i, chars.length);
            out.add(lowerCase(chars, i, end));
            i = end;
        }
        return out;
    }

    /** The compound words of {@code text}, lower case, apostrophes straight. */
    public static List<String> compoundWords(String text) {
        char[] chars = text.toCharArray();
        List<String> out = new ArrayList<>();
        for (int i = wordStart(chars, 0, chars.length); i < chars.length; i = wordStart(chars, i, chars.length)) {
            int end = compoundEnd(chars, i, chars.length);
            out.add(lowerCase(chars, i, end));
            i = end;
        }
        return out;
    }

    /** Whether {@code text[start,end)} is plain ASCII. */
    public static boolean isAscii(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text[start,end)} as {@link Folding#lowerCase} gives it; plain ASCII (nearly every word) without the
     * general {@link String#toLowerCase} path, which the corpus build runs over every article.
     */
    private static String lowerCase(char[] text, int start, int end) {
        if (!isAscii(text, start, end)) {
            return Folding.lowerCase(new String(text, start, end - start));
        }
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text[i];
            word[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(word);
    }

    private static boolean isInnerApostrophe(char[] text, int i, int end) {
        return Marks.isApostrophe(text[i]) && i + 1 < end && isLetter(text[i + 1]) && i > 0 && isLetter(text[i - 1]);
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '-' || c == '‐' || c == '‑';
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = (byte) ((Character.isLetterOrDigit(c) ? WORD : 0) | (Character.isLetter(c) ? LETTER : 0));
        }
        return kinds;
    }
}
