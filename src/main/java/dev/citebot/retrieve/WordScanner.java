package dev.citebot.retrieve;

import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the words of a text exactly as {@link Tokenizer#words} does (same boundaries, same lower-casing), with
 * their offsets, and numbers them in a {@link TermTable} without making a {@code String} for a word the table
 * already holds. One instance is reused for text after text; not thread-safe.
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
        int i = 0;
        while (i < n) {
            while (i < n && !isLetterOrDigit(chars[i])) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && (isLetterOrDigit(chars[i]) || isInnerApostrophe(chars, i, n))) {
                ascii &= chars[i] < 128;
                i++;
            }
            if (i > start) {
                add(start, i, ascii ? asciiWord(start, i, words)
                        : words.add(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'')));
            }
        }
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int word(int i) {
        return ids[i];
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

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isInnerApostrophe(char[] text, int i, int n) {
        char c = text[i];
        return (c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text[i + 1])
                && i > 0 && Character.isLetter(text[i - 1]);
    }
}
