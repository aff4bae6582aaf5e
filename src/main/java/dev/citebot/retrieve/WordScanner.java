package dev.citebot.retrieve;

import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the words of a text exactly as {@link Tokenizer#words} does (same boundaries, same lower-casing), with
 * their offsets, and numbers them in a {@link TermTable} without making a {@code String} for a word the table
 * already holds. One instance is reused for text after text; not thread-safe.
 */
final class WordScanner {
    private static final int KNOWN = 1;
    private static final int WORD = 2;
    private static final int LETTER = 4;

    private final byte[] kinds = new byte[Character.MAX_VALUE + 1];
    private char[] chars = new char[4096];
    private char[] word = new char[64];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] ids = new int[1024];
    private int count;

    /** Scans {@code text} whole; returns how many words it has. Results stay until the next scan. */
    int scan(String text, TermTable words) {
        count = 0;
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        int i = 0;
        while (i < n) {
            while (i < n && !is(chars[i], WORD)) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && (is(chars[i], WORD) || isInnerApostrophe(i, n))) {
                ascii &= chars[i] < 128;
                i++;
            }
            if (i > start) {
                add(start, i, ascii ? asciiWord(start, i, words) : otherWord(text, start, i, words));
            }
        }
        return count;
    }

    /** The start offset of each word of the last scan. */
    int[] starts() {
        return Arrays.copyOf(starts, count);
    }

    /** The end offset of each word of the last scan. */
    int[] ends() {
        return Arrays.copyOf(ends, count);
    }

    /** The table number of each word of the last scan. */
    int[] words() {
        return Arrays.copyOf(ids, count);
    }

    private int asciiWord(int start, int end, TermTable words) {
        int length = end - start;
        if (word.length < length) {
            word = new char[Math.max(length, word.length * 2)];
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[start + i];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            word[i] = lower;
            hash = 31 * hash + lower;
        }
        return words.add(word, length, hash);
    }

    private void add(int start, int end, int id) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            ids = Arrays.copyOf(ids, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        ids[count++] = id;
    }

    private static int otherWord(String text, int start, int end, TermTable words) {
        return words.add(text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private boolean isInnerApostrophe(int i, int n) {
        char c = chars[i];
        return (c == '\'' || c == '’') && i + 1 < n && is(chars[i + 1], LETTER) && i > 0 && is(chars[i - 1], LETTER);
    }

    /**
     * Whether {@code c} has the property {@code flag} ({@link Character#isLetterOrDigit} or
     * {@link Character#isLetter}), remembered per character: the scanning loop then stays small, which keeps it
     * quick for the JIT to compile at startup.
     */
    private boolean is(char c, int flag) {
        byte k = kinds[c];
        if (k == 0) {
            k = (byte) (KNOWN | (Character.isLetterOrDigit(c) ? WORD : 0) | (Character.isLetter(c) ? LETTER : 0));
            kinds[c] = k;
        }
        return (k & flag) != 0;
    }
}
