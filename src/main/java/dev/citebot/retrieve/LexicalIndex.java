package dev.citebot.retrieve;

import dev.citebot.store.TopK;
import dev.citebot.text.Folding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * An immutable BM25 index over passages (k1 = 1.2, b = 0.75). Built once per corpus version; queries read it
 * without locking. Each posting keeps its document's BM25 term weight (term frequency normalised by length), so a
 * query only multiplies by the term's IDF and adds into one score array. Postings are stored term after term in
 * two flat arrays (documents ascending within a term). The index also knows every word of the texts its
 * documents were cut from ({@link #hasWord}).
 */
public final class LexicalIndex {
    /** The version of the tokeniser, the weighting and the saved layout; see {@link #save}. */
    static final int FORMAT = 2;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final TermTable terms;
    private final TermTable words;
    private final int[] termStart;
    private final int[] docs;
    private final float[] weights;
    private final int documents;
    private final ThreadLocal<double[]> scratch = new ThreadLocal<>();
    private final Lazy<Set<String>> accentedWords = new Lazy<>(this::accentedWords);

    private LexicalIndex(TermTable terms, TermTable words, int[] termStart, int[] docs, float[] weights,
                         int documents) {
        this.terms = terms;
        this.words = words;
        this.termStart = termStart;
        this.docs = docs;
        this.weights = weights;
        this.documents = documents;
    }

    /**
     * Where each document's text lies: document {@code d} is {@code texts.get(text[d])} from {@code start[d]} to
     * {@code end[d]}, or, where {@code text[d]} is -1, the whole of {@code own[d]}.
     */
    public record Spans(List<String> texts, int[] text, int[] start, int[] end, String[] own) {
    }

    /** Indexes {@code texts}; document {@code i} is {@code texts.get(i)}. */
    public static LexicalIndex build(List<String> texts) {
        int[] text = new int[texts.size()];
        int[] start = new int[texts.size()];
        int[] end = new int[texts.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = i;
            end[i] = texts.get(i).length();
        }
        return build(new Spans(texts, text, start, end, new String[texts.size()]));
    }

    /** Indexes the documents {@code spans} describes; see {@link LexicalIndexBuilder}. */
    public static LexicalIndex build(Spans spans) {
        return LexicalIndexBuilder.build(ScannedTexts.of(spans.texts()), spans);
    }


    /** Turns each document's term ids into postings, documents in order, so each term's postings ascend. */
    static LexicalIndex of(TermTable terms, TermTable words, LexicalIndexBuilder.DocumentTerms documentTerms) {
        int[] stream = documentTerms.terms();
        int[] offset = documentTerms.offset();
        int[] length = documentTerms.length();
        int documents = offset.length;
        long total = 0;
        for (int l : length) {
            total += l;
        }
        double averageLength = documents == 0 ? 1 : Math.max(1, (double) total / documents);
        int[] termStart = new int[terms.size() + 1];
        int[] lastDoc = new int[terms.size()];
        Arrays.fill(lastDoc, -1);
        for (int doc = 0; doc < documents; doc++) {
            for (int i = offset[doc]; i < offset[doc] + length[doc]; i++) {
                if (lastDoc[stream[i]] != doc) {
                    lastDoc[stream[i]] = doc;
                    termStart[stream[i] + 1]++;
                }
            }
        }
        for (int t = 0; t < terms.size(); t++) {
            termStart[t + 1] += termStart[t];
        }
        int[] docs = new int[termStart[terms.size()]];
        float[] weights = new float[docs.length];
        int[] next = Arrays.copyOf(termStart, terms.size());
        int[] tf = new int[terms.size()];
        for (int doc = 0; doc < documents; doc++) {
            double lengthNorm = K1 * (1 - B + B * length[doc] / averageLength);
            for (int i = offset[doc]; i < offset[doc] + length[doc]; i++) {
                tf[stream[i]]++;
            }
            for (int i = offset[doc]; i < offset[doc] + length[doc]; i++) {
                int term = stream[i];
                if (tf[term] > 0) {
                    double count = tf[term];
                    docs[next[term]] = doc;
                    weights[next[term]++] = (float) (count * (K1 + 1) / (count + lengthNorm));
                    tf[term] = 0;
                }
            }
        }
        return new LexicalIndex(terms, words, termStart, docs, weights, documents);
    }

    public int size() {
        return documents;
    }

    /**
     * The saved form of this index ({@link IndexCodec}). Bump {@link #FORMAT} whenever the tokeniser, the
     * weighting or this layout changes, so that indexes saved by an older build are rebuilt.
     */
    byte[] save() {
        return IndexCodec.writer().writeInt(FORMAT).writeInt(documents).writeTerms(words).writeTerms(terms)
                .writeInts(termStart, termStart.length).writeInts(docs, docs.length).writeFloats(weights).bytes();
    }

    /** Reads what {@link #save} wrote; fails on anything else. */
    static LexicalIndex load(InputStream saved) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(saved, 1 << 16));
        if (IndexCodec.readInt(in) != FORMAT) {
            throw new IOException("a lexical index saved in another format");
        }
        int documents = IndexCodec.readInt(in);
        TermTable words = IndexCodec.readTerms(in);
        TermTable terms = IndexCodec.readTerms(in);
        int[] termStart = IndexCodec.readInts(in);
        int[] docs = IndexCodec.readInts(in);
        float[] weights = IndexCodec.readFloats(in);
        if (termStart.length != terms.size() + 1 || docs.length != weights.length
                || termStart[terms.size()] != docs.length || in.read() >= 0) {
            throw new IOException("a saved lexical index does not add up");
        }
        return new LexicalIndex(terms, words, termStart, docs, weights, documents);
    }

    /** Inverse document frequency of a (stemmed) term; 0 for a term no document contains. */
    public double idf(String term) {
        int t = terms.id(term);
        return t < 0 || frequency(t) == 0 ? 0 : idf(t);
    }

    /** How many documents contain the (stemmed) term; 0 for a term no document contains. */
    public int documentFrequency(String term) {
        int t = terms.id(term);
        return t < 0 ? 0 : frequency(t);
    }

    /** The documents that contain the (stemmed) term, ascending; empty for a term no document contains. */
    public IntStream documents(String term) {
        int t = terms.id(term);
        return t < 0 ? IntStream.empty() : Arrays.stream(docs, termStart[t], termStart[t + 1]);
    }

    public boolean contains(String term) {
        return documentFrequency(term) > 0;
    }

    /** True when a text the documents were cut from contains {@code word} (lower-case, as {@link SearchTerms#words} gives it). */
    public boolean hasWord(String word) {
        return words.id(word) >= 0;
    }

    /**
     * True when a text has a word with accents that reads as {@code plain} without them ({@link
     * Folding#withoutAccents}). The few words with accents are folded on the first call and kept.
     */
    public boolean hasWordWithoutAccents(String plain) {
        return accentedWords.get().contains(plain);
    }

    private Set<String> accentedWords() {
        Set<String> out = new HashSet<>();
        for (int id = 0; id < words.size(); id++) {
            String plain = Folding.withoutAccents(words.term(id));
            if (!plain.equals(words.term(id))) {
                out.add(plain);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The {@code k} best documents for the (stemmed) query terms among those {@code accept} admits, best first; of
     * documents with equal scores the lower-numbered comes first. A document no term matches is never returned.
     */
    public List<Hit> search(List<String> query, IntPredicate accept, int k) {
        double[] scores = scores();
        int[] touched = new int[0];
        int count = 0;
        try {
            for (String term : query.stream().distinct().toList()) {
                int t = terms.id(term);
                if (t >= 0 && frequency(t) > 0) {
                    if (touched.length < count + frequency(t)) {
                        touched = Arrays.copyOf(touched, Math.max(count + frequency(t), 2 * touched.length));
                    }
                    count = add(t, scores, touched, count);
                }
            }
            return top(scores, touched, count, accept, k);
        } finally {
            for (int i = 0; i < count; i++) {
                scores[touched[i]] = 0;
            }
        }
    }

    /** Adds term {@code t}'s contribution to every document it occurs in; returns the new count of touched ones. */
    private int add(int t, double[] scores, int[] touched, int count) {
        double idf = idf(t);
        int n = count;
        for (int i = termStart[t]; i < termStart[t + 1]; i++) {
            int doc = docs[i];
            if (scores[doc] == 0) {
                touched[n++] = doc;
            }
            scores[doc] += idf * weights[i];
        }
        return n;
    }

    /**
     * This thread's score array, all zeros: a search adds into it and clears what it touched, so that a question
     * does not allocate (and the collector clear) an array of {@link #size()} doubles.
     */
    private double[] scores() {
        double[] scores = scratch.get();
        if (scores == null) {
            scores = new double[documents];
            scratch.set(scores);
        }
        return scores;
    }

    private int frequency(int term) {
        return termStart[term + 1] - termStart[term];
    }

    private double idf(int term) {
        int df = frequency(term);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** The best {@code k} touched documents {@code accept} admits, best first; equal scores in document order. */
    private static List<Hit> top(double[] scores, int[] touched, int count, IntPredicate accept, int k) {
        TopK top = new TopK(k);
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            double score = scores[doc];
            if (score > 0 && top.wouldKeep(score, doc) && accept.test(doc)) {
                top.offer(score, doc);
            }
        }
        top.sortBestFirst();
        List<Hit> out = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            out.add(new Hit(top.row(i), top.score(i)));
        }
        return out;
    }

    /** A scored document. */
    public record Hit(int doc, double score) {
    }
}
