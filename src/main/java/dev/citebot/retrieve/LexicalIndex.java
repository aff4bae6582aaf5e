package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * An immutable BM25 index over passages (k1 = 1.2, b = 0.75). Built once per corpus version; queries
 * read it without locking.
 */
public final class LexicalIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, int[]> postings;
    private final Map<String, int[]> frequencies;
    private final int[] lengths;
    private final double averageLength;

    private LexicalIndex(Map<String, int[]> postings, Map<String, int[]> frequencies, int[] lengths) {
        this.postings = postings;
        this.frequencies = frequencies;
        this.lengths = lengths;
        long total = 0;
        for (int length : lengths) {
            total += length;
        }
        this.averageLength = lengths.length == 0 ? 1 : Math.max(1, (double) total / lengths.length);
    }

    /** Indexes {@code texts}; document {@code i} is {@code texts.get(i)}. */
    public static LexicalIndex build(List<String> texts) {
        Map<String, List<int[]>> raw = new HashMap<>();
        int[] lengths = new int[texts.size()];
        for (int doc = 0; doc < texts.size(); doc++) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> tokens = Tokenizer.tokens(texts.get(doc));
            lengths[doc] = tokens.size();
            for (String t : tokens) {
                counts.merge(t, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {doc, e.getValue()});
            }
        }
        Map<String, int[]> postings = new HashMap<>(raw.size() * 2);
        Map<String, int[]> frequencies = new HashMap<>(raw.size() * 2);
        raw.forEach((term, list) -> {
            int[] docs = new int[list.size()];
            int[] tfs = new int[list.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = list.get(i)[0];
                tfs[i] = list.get(i)[1];
            }
            postings.put(term, docs);
            frequencies.put(term, tfs);
        });
        return new LexicalIndex(postings, frequencies, lengths);
    }

    public int size() {
        return lengths.length;
    }

    /** Inverse document frequency of a (stemmed) term; 0 for a term no document contains. */
    public double idf(String term) {
        int[] docs = postings.get(term);
        if (docs == null) {
            return 0;
        }
        return Math.log(1 + (lengths.length - docs.length + 0.5) / (docs.length + 0.5));
    }

    public boolean contains(String term) {
        return postings.containsKey(term);
    }

    /** The {@code k} best documents for the (stemmed) query terms among those {@code accept} admits. */
    public List<Hit> search(List<String> terms, IntPredicate accept, int k) {
        Map<Integer, Double> scores = new HashMap<>();
        for (String term : terms.stream().distinct().toList()) {
            int[] docs = postings.get(term);
            if (docs == null) {
                continue;
            }
            int[] tfs = frequencies.get(term);
            double idf = idf(term);
            for (int i = 0; i < docs.length; i++) {
                if (accept.test(docs[i])) {
                    double tf = tfs[i];
                    double norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[docs[i]] / averageLength));
                    scores.merge(docs[i], idf * norm, Double::sum);
                }
            }
        }
        return top(scores, k);
    }

    private static List<Hit> top(Map<Integer, Double> scores, int k) {
        PriorityQueue<Hit> heap = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        scores.forEach((doc, score) -> {
            heap.add(new Hit(doc, score));
            if (heap.size() > k) {
                heap.poll();
            }
        });
        List<Hit> out = new ArrayList<>(heap);
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** A scored document. */
    public record Hit(int doc, double score) {
    }
}
