package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The BM25 index as it was built before {@link LexicalIndex} scanned texts once (a tokenised list and a map per
 * document): the reference the new build must agree with exactly. Test code only.
 *
 * An immutable BM25 index over passages (k1 = 1.2, b = 0.75). Built once per corpus version; queries
 * read it without locking. Each posting keeps its document's BM25 term weight (term frequency normalised by
 * length), so a query only multiplies by the term's IDF and adds into one score array.
 */
final class ReferenceLexicalIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Postings> postings;
    private final int documents;

    private ReferenceLexicalIndex(Map<String, Postings> postings, int documents) {
        this.postings = postings;
        this.documents = documents;
    }

    /** Indexes {@code texts}; document {@code i} is {@code texts.get(i)}. Tokenises on all cores. */
    static ReferenceLexicalIndex build(List<String> texts) {
        List<String>[] tokens = tokenize(texts);
        long total = 0;
        for (List<String> t : tokens) {
            total += t.size();
        }
        double averageLength = texts.isEmpty() ? 1 : Math.max(1, (double) total / texts.size());
        Map<String, Builder> builders = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int doc = 0; doc < tokens.length; doc++) {
            counts.clear();
            for (String t : tokens[doc]) {
                counts.merge(t, 1, Integer::sum);
            }
            double lengthNorm = K1 * (1 - B + B * tokens[doc].size() / averageLength);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                double tf = e.getValue();
                builders.computeIfAbsent(e.getKey(), k -> new Builder()).add(doc, tf * (K1 + 1) / (tf + lengthNorm));
            }
        }
        Map<String, Postings> postings = new HashMap<>(builders.size() * 2);
        builders.forEach((term, b) -> postings.put(term, b.build()));
        return new ReferenceLexicalIndex(postings, texts.size());
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] tokenize(List<String> texts) {
        List<String>[] tokens = new List[texts.size()];
        IntStream.range(0, texts.size()).parallel().forEach(i -> tokens[i] = SearchTerms.tokens(texts.get(i)));
        return tokens;
    }

    public int size() {
        return documents;
    }

    /** Inverse document frequency of a (stemmed) term; 0 for a term no document contains. */
    public double idf(String term) {
        Postings p = postings.get(term);
        return p == null ? 0 : idf(p);
    }

    public boolean contains(String term) {
        return postings.containsKey(term);
    }

    /** The {@code k} best documents for the (stemmed) query terms among those {@code accept} admits. */
    public List<Hit> search(List<String> terms, IntPredicate accept, int k) {
        double[] scores = new double[documents];
        int[] touched = new int[0];
        int count = 0;
        for (String term : terms.stream().distinct().toList()) {
            Postings p = postings.get(term);
            if (p == null) {
                continue;
            }
            double idf = idf(p);
            if (touched.length < count + p.docs.length) {
                touched = Arrays.copyOf(touched, Math.max(count + p.docs.length, 2 * touched.length));
            }
            for (int i = 0; i < p.docs.length; i++) {
                int doc = p.docs[i];
                if (scores[doc] == 0) {
                    touched[count++] = doc;
                }
                scores[doc] += idf * p.weights[i];
            }
        }
        return top(scores, touched, count, accept, k);
    }

    private double idf(Postings p) {
        return Math.log(1 + (documents - p.docs.length + 0.5) / (p.docs.length + 0.5));
    }

    private static List<Hit> top(double[] scores, int[] touched, int count, IntPredicate accept, int k) {
        PriorityQueue<Hit> heap = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            double score = scores[doc];
            if (score <= 0 || (heap.size() >= k && score <= heap.peek().score()) || !accept.test(doc)) {
                continue;
            }
            heap.add(new Hit(doc, score));
            if (heap.size() > k) {
                heap.poll();
            }
        }
        List<Hit> out = new ArrayList<>(heap);
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** A scored document. */
    public record Hit(int doc, double score) {
    }

    /** One term's documents, ascending, with their BM25 term weights. */
    private record Postings(int[] docs, float[] weights) {
    }

    private static final class Builder {
        private int[] docs = new int[4];
        private float[] weights = new float[4];
        private int size;

        void add(int doc, double weight) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size++] = (float) weight;
        }

        Postings build() {
            return new Postings(Arrays.copyOf(docs, size), Arrays.copyOf(weights, size));
        }
    }
}
