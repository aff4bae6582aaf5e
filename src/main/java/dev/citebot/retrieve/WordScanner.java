package dev.citebot.retrieve;

import dev.citebot.text.Folding;
import dev.citebot.text.Words;

import java.util.Arrays;

/**
 * Finds the words of a text with the text model's rules ({@link Words#wordStart}, {@link Words#wordEnd}: the same
 * boundaries and lower-casing as {@link Words#words}), with their offsets, and numbers them in a {@link TermTable}
 * without making a {@code String} for a word the table already holds. One instance is reused for text after text;
 * not thread-safe.
 */
final class WordScanner {
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
        for (int i = Words.wordStart(chars, 0, n); i < n; i = Words.wordStart(chars, i, n)) {
            int end = Words.wordEnd(chars, i, n);
            add(i, end, Words.isAscii(chars, i, end) ? asciiWord(i, end, words) : otherWord(text, i, end, words));
            i = end;
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
        return words.add(Folding.lowerCase(text.substring(start, end)));
    }
}
