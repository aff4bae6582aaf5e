package dev.citebot.attribute;

import java.util.Arrays;
import java.util.List;

/**
 * Which of one article's attributions a stretch of its text belongs to ({@link #at}), found among the few whose
 * content or cue comes near the stretch instead of among all of them. Every retrieved passage of a stored article
 * asks this for its speaker; with the 5 MB article of {@code bench --large} (30,467 attributions), weighing each of
 * them for each passage made one question ("Why did The Times think the plan was unrealistic?") take 1.4–1.5 times
 * as long on a database holding the article as on one without it, and 1.1–1.4 times with the spans.
 * <p>
 * Each attribution is reduced to one span from the first to the last offset of its content and cue; the spans are
 * held by where they start, with the furthest end reached so far, so that those that can touch a stretch are a
 * contiguous run, found by one binary search.
 */
final class AttributionSpans {
    /** Positions in the article's attribution list, by span start (ties in list order). */
    private final int[] order;
    /** Span start of {@code order[i]}. */
    private final int[] starts;
    /**
     * The furthest span end of {@code order[0..i]}: never decreasing, so every span before the first reach of at
     * least a stretch's start ends before the stretch.
     */
    private final int[] reach;

    private AttributionSpans(int[] order, int[] starts, int[] reach) {
        this.order = order;
        this.starts = starts;
        this.reach = reach;
    }

    static AttributionSpans of(List<IndexedAttribution> rows) {
        int n = rows.size();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) first(rows.get(i).attribution()) << 32 | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        int[] starts = new int[n];
        int[] reach = new int[n];
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
            starts[i] = (int) (keyed[i] >> 32);
            furthest = Math.max(furthest, last(rows.get(order[i]).attribution()));
            reach[i] = furthest;
        }
        return new AttributionSpans(order, starts, reach);
    }

    /**
     * The attribution of {@code rows} (the list this was made of) that {@code [start, end)} belongs to, or null: the
     * one whose content overlaps it most, else one whose cue lies inside it; of equals, the first in {@code rows}.
     */
    IndexedAttribution at(List<IndexedAttribution> rows, int start, int end) {
        int best = -1;
        int bestWeight = 0;
        for (int i = SortedInts.firstAtLeast(reach, start); i < order.length && starts[i] <= end; i++) {
            int weight = weight(rows.get(order[i]).attribution(), start, end);
            if (weight > bestWeight || weight == bestWeight && weight > 0 && order[i] < best) {
                best = order[i];
                bestWeight = weight;
            }
        }
        return best < 0 ? null : rows.get(best);
    }

    /** How much {@code a} claims {@code [start, end)}: its content's overlap, else 1 for a cue inside, else ≤ 0. */
    private static int weight(Attribution a, int start, int end) {
        int overlap = Math.min(end, a.contentEnd()) - Math.max(start, a.contentStart());
        boolean cueInside = a.cue() != null && a.cueStart() >= start && a.cueEnd() <= end;
        return Math.max(overlap, cueInside ? 1 : 0);
    }

    private static int first(Attribution a) {
        return a.cue() == null ? a.contentStart() : Math.min(a.contentStart(), Math.min(a.cueStart(), a.cueEnd()));
    }

    private static int last(Attribution a) {
        return a.cue() == null ? a.contentEnd() : Math.max(a.contentEnd(), Math.max(a.cueStart(), a.cueEnd()));
    }
}
