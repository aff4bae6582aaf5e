package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations signed with a dash and a name at the end of their line, as in a collection of readers' voices
 * ("“We deserve better.” ― Ana Ruiz"). The quotation runs back from the dash to its opening mark on the same line,
 * or to the start of the line; it may fill earlier sentences of the line. Several may share one sentence when the
 * splitter joins lines.
 */
final class SignedQuotes {

    private static final int MAX_NAME = 4;

    private SignedQuotes() {
    }

    /** The signed quotations whose dash lies in tokens {@code [lo, hi)}; their content may start at or after
     * {@code paragraphFirst}. */
    static List<Attribution> in(ArticleTokens a, int paragraphFirst, int lo, int hi) {
        List<Attribution> out = new ArrayList<>();
        for (int d = Math.max(lo, paragraphFirst + 1); d < hi; d++) {
            Token dash = a.get(d);
            if (!WordClasses.isAsideMark(dash) || dash.is(",") || !a.get(d - 1).closesQuote()) {
                continue;
            }
            int last = nameEnd(a, d + 1, hi);
            int first = last < 0 ? -1 : quoteStart(a, d - 1, paragraphFirst);
            if (first < 0 || first >= d - 1) {
                continue;
            }
            String name = a.slice(d + 1, last);
            Speaker speaker = new Speaker(name, name, null, a.get(d + 1).start(), a.get(last).end());
            ContentSpans.trim(a, first, d).ifPresent(span -> out.add(new Attribution(speaker, dash.text(),
                    dash.start(), dash.end(), a.get(span[0]).start(), a.get(span[1]).end(),
                    ContentSpans.kind(a, span))));
        }
        return out;
    }

    /** Last token of a name of capitalised words starting at {@code k} that ends its line or sentence, or -1. */
    private static int nameEnd(ArticleTokens a, int k, int hi) {
        int e = k;
        while (e < hi && e - k < MAX_NAME && a.get(e).capitalised() && (e == k || a.sameLine(e))) {
            e++;
        }
        if (e == k) {
            return -1;
        }
        int next = e < hi && a.get(e).is(".") ? e + 1 : e;
        boolean endsLine = next >= a.size() || next >= hi || !a.sameLine(next);
        return endsLine ? e - 1 : -1;
    }

    /** The opening quotation mark of the quotation that closes at {@code close}, or the start of its line. */
    private static int quoteStart(ArticleTokens a, int close, int paragraphFirst) {
        for (int k = close - 1; k >= paragraphFirst; k--) {
            if (a.get(k).kind() == Token.Kind.OPEN_QUOTE || !a.sameLine(k) || k == paragraphFirst) {
                return k;
            }
        }
        return -1;
    }
}
