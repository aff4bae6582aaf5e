package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * BM25 by brute force, straight from the formula, as the oracle {@link LexicalIndex} is checked against. Test code
 * only; it shares nothing with the index but {@link SearchTerms#tokens} (what a term is) and keeps no postings: each
 * search scores every document from its own term counts.
 *
 * <p>For a query q (its distinct terms, in order) and a document d of |d| tokens, over N documents of average length
 * avgdl (at least 1) with df(t) documents containing t:
 * <pre>
 *   idf(t)      = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
 *   weight(t,d) = tf(t,d)·(k1 + 1) / (tf(t,d) + k1·(1 - b + b·|d| / avgdl))     k1 = 1.2, b = 0.75
 *   score(q,d)  = Σ over t in q with tf(t,d) > 0 of idf(t)·weight(t,d)
 * </pre>
 * A term's weight is stored as a {@code float} (the index's documented precision) and the sum is taken in query
 * order, so scores are comparable exactly. The best k are the documents with a positive score, highest first,
 * equal scores in document order.
 */
final class ReferenceLexicalIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> counts;
    private final int[] lengths;
    private final double averageLength;

    private ReferenceLexicalIndex(List<Map<String, Integer>> counts, int[] lengths, double averageLength) {
        this.counts = counts;
        this.lengths = lengths;
        this.averageLength = averageLength;
    }

    /** Document {@code i} is {@code texts.get(i)}. */
    static ReferenceLexicalIndex build(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        int[] lengths = new int[texts.size()];
        long total = 0;
        for (int d = 0; d < texts.size(); d++) {
            List<String> tokens = SearchTerms.tokens(texts.get(d));
            Map<String, Integer> tf = new HashMap<>();
            tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
            counts.add(tf);
            lengths[d] = tokens.size();
            total += tokens.size();
        }
        double average = texts.isEmpty() ? 1 : Math.max(1, (double) total / texts.size());
        return new ReferenceLexicalIndex(counts, lengths, average);
    }

    int size() {
        return counts.size();
    }

    boolean contains(String term) {
        return documentFrequency(term) > 0;
    }

    /** 0 for a term no document contains. */
    double idf(String term) {
        int df = documentFrequency(term);
        return df == 0 ? 0 : Math.log(1 + (size() - df + 0.5) / (df + 0.5));
    }

    List<LexicalIndex.Hit> search(List<String> query, IntPredicate accept, int k) {
        List<String> terms = query.stream().distinct().toList();
        List<LexicalIndex.Hit> scored = new ArrayList<>();
        for (int d = 0; d < size(); d++) {
            double score = score(terms, d);
            if (score > 0 && accept.test(d)) {
                scored.add(new LexicalIndex.Hit(d, score));
            }
        }
        scored.sort(Comparator.comparingDouble(LexicalIndex.Hit::score).reversed()
                .thenComparingInt(LexicalIndex.Hit::doc));
        return scored.subList(0, Math.min(k, scored.size()));
    }

    private double score(List<String> terms, int d) {
        double score = 0;
        for (String t : terms) {
            int tf = counts.get(d).getOrDefault(t, 0);
            if (tf > 0) {
                double norm = K1 * (1 - B + B * lengths[d] / averageLength);
                score += idf(t) * (float) (tf * (K1 + 1) / (tf + norm));
            }
        }
        return score;
    }

    private int documentFrequency(String term) {
        int df = 0;
        for (Map<String, Integer> c : counts) {
            df += c.containsKey(term) ? 1 : 0;
        }
        return df;
    }
}
