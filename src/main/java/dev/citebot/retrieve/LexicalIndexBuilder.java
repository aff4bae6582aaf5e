package dev.citebot.retrieve;

import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link LexicalIndex} from texts already scanned into words ({@link ScannedTexts}): each distinct word is
 * stemmed once, and each document takes the words that lie inside its span of a text. That is exactly
 * {@link SearchTerms#tokens} of the span, unless a word of the whole text crosses the span's start or end: such a
 * document (which ordinary sentence spans never produce) is tokenised on its own, as is a document with a text of
 * its own.
 */
final class LexicalIndexBuilder {
    /** Marks a document whose span the scan cannot serve; it is tokenised on its own. */
    private static final int ON_ITS_OWN = -1;

    private LexicalIndexBuilder() {
    }

    /** @param spans documents over {@code scanned}'s texts ({@code spans.texts()} is ignored) */
    static LexicalIndex build(ScannedTexts scanned, LexicalIndex.Spans spans) {
        TermTable terms = new TermTable();
        int[] stemOf = new int[scanned.words().size()];
        Stemmer stemmer = new Stemmer();
        for (int w = 0; w < stemOf.length; w++) {
            stemOf[w] = terms.add(stemmer.stem(scanned.words().term(w)));
        }
        int documents = spans.start().length;
        int[] offsets = new int[documents];
        int[] lengths = new int[documents];
        Arrays.fill(lengths, ON_ITS_OWN);
        Stream stream = new Stream(scanned.totalWords());
        int[][] byText = byText(spans, scanned.texts().size());
        for (int t = 0; t < byText.length; t++) {
            stream.words(scanned, t, byText[t], spans, stemOf, offsets, lengths);
        }
        for (int doc = 0; doc < documents; doc++) {
            if (lengths[doc] == ON_ITS_OWN) {
                offsets[doc] = stream.size;
                lengths[doc] = stream.tokenize(textOf(scanned, spans, doc), terms);
            }
        }
        return LexicalIndex.of(terms, scanned.words(), new DocumentTerms(stream.terms, offsets, lengths));
    }

    /** The term ids of every document, back to back: document d's are {@code terms[offset[d], offset[d] + length[d])}. */
    record DocumentTerms(int[] terms, int[] offset, int[] length) {
    }

    /** Each text's documents in span order (by start, then document number). */
    private static int[][] byText(LexicalIndex.Spans spans, int texts) {
        int[] counts = new int[texts];
        for (int t : spans.text()) {
            if (t >= 0) {
                counts[t]++;
            }
        }
        long[][] keyed = new long[texts][];
        for (int t = 0; t < texts; t++) {
            keyed[t] = new long[counts[t]];
            counts[t] = 0;
        }
        for (int doc = 0; doc < spans.text().length; doc++) {
            int t = spans.text()[doc];
            if (t >= 0) {
                keyed[t][counts[t]++] = ((long) spans.start()[doc] << 32) | doc;
            }
        }
        int[][] docs = new int[texts][];
        for (int t = 0; t < texts; t++) {
            Arrays.sort(keyed[t]);
            docs[t] = new int[keyed[t].length];
            for (int i = 0; i < docs[t].length; i++) {
                docs[t][i] = (int) keyed[t][i];
            }
        }
        return docs;
    }

    private static String textOf(ScannedTexts scanned, LexicalIndex.Spans spans, int doc) {
        int t = spans.text()[doc];
        return t < 0 ? spans.own()[doc] : scanned.texts().get(t).substring(spans.start()[doc], spans.end()[doc]);
    }

    /** The term stream, growing. */
    private static final class Stream {
        private int[] terms;
        private int size;

        Stream(int capacity) {
            terms = new int[Math.max(16, capacity)];
        }

        /**
         * Appends, for each of text {@code t}'s documents (in span order), the stems of the words inside its span,
         * walking the text's words once; a document with a word across either end of its span is left
         * {@link #ON_ITS_OWN}.
         */
        void words(ScannedTexts scanned, int t, int[] docs, LexicalIndex.Spans spans, int[] stemOf, int[] offsets,
                   int[] lengths) {
            int[] starts = scanned.starts(t);
            int[] ends = scanned.ends(t);
            int[] ids = scanned.wordIds(t);
            int first = 0;
            for (int doc : docs) {
                int start = spans.start()[doc];
                int end = spans.end()[doc];
                while (first < starts.length && starts[first] < start) {
                    first++;
                }
                int past = first;
                while (past < starts.length && starts[past] < end) {
                    past++;
                }
                boolean crosses = first > 0 && ends[first - 1] > start || past > first && ends[past - 1] > end;
                if (!crosses) {
                    ensure(past - first);
                    offsets[doc] = size;
                    lengths[doc] = past - first;
                    for (int w = first; w < past; w++) {
                        terms[size++] = stemOf[ids[w]];
                    }
                }
            }
        }

        int tokenize(String text, TermTable table) {
            List<String> tokens = SearchTerms.tokens(text);
            ensure(tokens.size());
            for (String token : tokens) {
                terms[size++] = table.add(token);
            }
            return tokens.size();
        }

        private void ensure(int more) {
            if (size + more > terms.length) {
                terms = Arrays.copyOf(terms, Math.max(size + more, terms.length * 2));
            }
        }
    }
}
