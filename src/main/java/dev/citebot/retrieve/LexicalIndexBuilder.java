package dev.citebot.retrieve;

import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link LexicalIndex} from texts already scanned into words ({@link ScannedTexts}): each distinct word is
 * stemmed once, and each document takes the words that lie inside its span of a text. That is exactly
 * {@link Tokenizer#tokens} of the span, unless a word of the whole text crosses the span's start or end: such a
 * document (which ordinary sentence spans never produce) is tokenised on its own, as is a document with a text of
 * its own.
 */
final class LexicalIndexBuilder {
    private LexicalIndexBuilder() {
    }

    /** @param spans documents over {@code scanned}'s texts ({@code spans.texts()} is ignored) */
    static LexicalIndex build(ScannedTexts scanned, LexicalIndex.Spans spans) {
        TermTable terms = new TermTable();
        int[] stemOf = new int[scanned.words().size()];
        for (int w = 0; w < stemOf.length; w++) {
            stemOf[w] = terms.add(Tokenizer.stem(scanned.words().term(w)));
        }
        int documents = spans.start().length;
        int[] offsets = new int[documents];
        int[] lengths = new int[documents];
        Stream stream = new Stream(1 << 16);
        for (int doc = 0; doc < documents; doc++) {
            offsets[doc] = stream.size;
            int t = spans.text()[doc];
            lengths[doc] = t >= 0 && fromScan(scanned, t, spans.start()[doc], spans.end()[doc])
                    ? stream.words(scanned, t, spans.start()[doc], spans.end()[doc], stemOf)
                    : stream.tokenize(textOf(scanned, spans, doc), terms);
        }
        return LexicalIndex.of(terms, scanned.words(), new DocumentTerms(stream.terms, offsets, lengths));
    }

    /** The term ids of every document, back to back: document d's are {@code terms[offset[d], offset[d] + length[d])}. */
    record DocumentTerms(int[] terms, int[] offset, int[] length) {
    }

    /** True when no word of text {@code t} crosses {@code start} or {@code end}. */
    private static boolean fromScan(ScannedTexts scanned, int t, int start, int end) {
        int[] starts = scanned.starts(t);
        int[] ends = scanned.ends(t);
        int first = firstAtOrAfter(starts, start);
        int past = firstAtOrAfter(starts, end);
        boolean crossesStart = first > 0 && ends[first - 1] > start;
        boolean crossesEnd = past > first && ends[past - 1] > end;
        return !crossesStart && !crossesEnd;
    }

    /** The first index whose value is at least {@code offset}; the length if there is none. */
    static int firstAtOrAfter(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
            terms = new int[capacity];
        }

        /** Appends the stems of text {@code t}'s words inside {@code [start, end)}; returns how many. */
        int words(ScannedTexts scanned, int t, int start, int end, int[] stemOf) {
            int[] starts = scanned.starts(t);
            int[] ids = scanned.wordIds(t);
            int first = firstAtOrAfter(starts, start);
            int past = firstAtOrAfter(starts, end);
            ensure(past - first);
            for (int w = first; w < past; w++) {
                terms[size++] = stemOf[ids[w]];
            }
            return past - first;
        }

        int tokenize(String text, TermTable table) {
            List<String> tokens = Tokenizer.tokens(text);
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
