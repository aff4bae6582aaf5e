package dev.citebot.retrieve;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Texts scanned into words once ({@link WordScanner}): every word's offsets and its number in one vocabulary of
 * all the texts: the costly half of building a {@link LexicalIndex} when no saved one matches. The texts are scanned in two halves on two cores, each half numbering its words
 * in a vocabulary of its own, merged afterwards. Immutable once made.
 */
final class ScannedTexts {
    private static final int PARTS = 2;

    private final List<String> texts;
    private final TermTable words;
    private final int[][] starts;
    private final int[][] ends;
    private final int[][] wordIds;

    private ScannedTexts(List<String> texts, TermTable words, int[][] starts, int[][] ends, int[][] wordIds) {
        this.texts = texts;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.wordIds = wordIds;
    }

    static ScannedTexts of(List<String> texts) {
        List<String> own = List.copyOf(texts);
        int[][] starts = new int[own.size()][];
        int[][] ends = new int[own.size()][];
        int[][] ids = new int[own.size()][];
        int[] bounds = split(own);
        TermTable[] vocabularies = IntStream.range(0, PARTS).parallel()
                .mapToObj(p -> scan(own, bounds[p], bounds[p + 1], starts, ends, ids))
                .toArray(TermTable[]::new);
        TermTable merged = vocabularies[0];
        for (int p = 1; p < PARTS; p++) {
            int[] global = new int[vocabularies[p].size()];
            for (int w = 0; w < global.length; w++) {
                global[w] = merged.add(vocabularies[p].term(w));
            }
            for (int t = bounds[p]; t < bounds[p + 1]; t++) {
                for (int i = 0; i < ids[t].length; i++) {
                    ids[t][i] = global[ids[t][i]];
                }
            }
        }
        return new ScannedTexts(own, merged, starts, ends, ids);
    }

    List<String> texts() {
        return texts;
    }

    /** Every word of the texts, lower-case as {@link SearchTerms#words} gives it. */
    TermTable words() {
        return words;
    }

    /** How many words all the texts have together. */
    int totalWords() {
        int total = 0;
        for (int[] s : starts) {
            total += s.length;
        }
        return total;
    }

    int[] starts(int text) {
        return starts[text];
    }

    int[] ends(int text) {
        return ends[text];
    }

    /** The vocabulary number of each word of a text, in text order. */
    int[] wordIds(int text) {
        return wordIds[text];
    }

    private static TermTable scan(List<String> texts, int from, int to, int[][] starts, int[][] ends, int[][] ids) {
        TermTable words = new TermTable();
        WordScanner scanner = new WordScanner();
        for (int t = from; t < to; t++) {
            scanner.scan(texts.get(t), words);
            starts[t] = scanner.starts();
            ends[t] = scanner.ends();
            ids[t] = scanner.words();
        }
        return words;
    }

    /** Text indexes cutting the texts into {@link #PARTS} runs of about equal length. */
    private static int[] split(List<String> texts) {
        long total = 0;
        for (String t : texts) {
            total += t.length();
        }
        int[] bounds = new int[PARTS + 1];
        Arrays.fill(bounds, 1, PARTS + 1, texts.size());
        long sum = 0;
        int part = 1;
        for (int t = 0; t < texts.size() && part < PARTS; t++) {
            sum += texts.get(t).length();
            if (sum * PARTS >= total * part) {
                bounds[part++] = t + 1;
            }
        }
        return bounds;
    }
}
