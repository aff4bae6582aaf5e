package dev.citebot.ingest;

import dev.citebot.article.TextRange;
import dev.citebot.text.Spaces;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a double quotation that spans several sentences in one sentence: an ordinary boundary that falls
 * inside a quotation opened with {@code “} or {@code "} and closed later in the same paragraph is dropped, so
 * the sentence ends at the first boundary after the quotation closes.
 *
 * <p>Guards: a quotation never closed in its paragraph (news style for quotes running on into the next one)
 * keeps ordinary splitting, and so does a quotation whose merged sentence would exceed
 * {@value #MAX_SENTENCES} ordinary sentences or {@value #MAX_CHARS} characters. Single quotes are ignored:
 * they are mostly apostrophes and scare quotes.
 */
final class QuoteMerger {
    static final int MAX_SENTENCES = 5;
    static final int MAX_CHARS = 1_500;

    private QuoteMerger() {
    }

    /** {@code sentences} (the ordinary sentences of {@code text[start,end)}) with quoted runs joined. */
    static List<TextRange> merge(CharSequence text, int start, int end, List<TextRange> sentences) {
        List<TextRange> quotes = closedQuotes(text, start, end);
        if (quotes.isEmpty()) {
            return sentences;
        }
        List<TextRange> merged = new ArrayList<>(sentences.size());
        int quote = 0;
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            int ordinaryUntil = -1;
            while (last + 1 < sentences.size()) {
                int boundary = sentences.get(last).end();
                while (quote < quotes.size() && quotes.get(quote).end() <= boundary) {
                    quote++;
                }
                if (quote == quotes.size() || quotes.get(quote).start() >= boundary) {
                    break;
                }
                int closing = containing(sentences, quotes.get(quote).end() - 1);
                if (closing - first + 1 > MAX_SENTENCES
                        || sentences.get(closing).end() - sentences.get(first).start() > MAX_CHARS) {
                    ordinaryUntil = closing;
                    break;
                }
                last = closing;
            }
            merged.add(new TextRange(sentences.get(first).start(), sentences.get(last).end()));
            if (ordinaryUntil < 0) {
                first = last + 1;
            } else {
                merged.addAll(sentences.subList(last + 1, ordinaryUntil));
                first = ordinaryUntil;
            }
        }
        return merged;
    }

    /**
     * The double quotations of {@code text[start,end)} that close, each from its opening mark to just past its
     * closing mark. A new opening mark while one is open abandons the earlier, unclosed one.
     */
    private static List<TextRange> closedQuotes(CharSequence text, int start, int end) {
        List<TextRange> quotes = new ArrayList<>();
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean opens = c == '“' || c == '"' && opensStraightQuote(text, start, i);
            if (opens) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                quotes.add(new TextRange(open, i + 1));
                open = -1;
            }
        }
        return quotes;
    }

    /** A straight double quote opens when it starts the paragraph or follows blank space or an opening mark. */
    private static boolean opensStraightQuote(CharSequence text, int start, int i) {
        if (i == start) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Spaces.isSpace(before) || before == '(' || before == '[' || before == '‘' || before == '—' || before == '–';
    }

    /** Index of the sentence that holds {@code offset} (the last one starting at or before it). */
    private static int containing(List<TextRange> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
