package dev.citebot.eval;

import java.util.BitSet;
import java.util.List;

/**
 * A set of character offsets made of one or more ranges, as a brat annotation or a predicted span gives it.
 *
 * @param chars the offsets covered
 */
public record Spans(BitSet chars) {

    public Spans {
        chars = (BitSet) chars.clone();
    }

    /** The offsets {@code [start, end)}. */
    public static Spans of(int start, int end) {
        BitSet b = new BitSet();
        b.set(start, end);
        return new Spans(b);
    }

    /** The union of {@code [starts[i], ends[i])} ranges given as {@code {start, end}} pairs. */
    public static Spans ofRanges(List<int[]> ranges) {
        BitSet b = new BitSet();
        ranges.forEach(r -> b.set(r[0], r[1]));
        return new Spans(b);
    }

    public boolean isEmpty() {
        return chars.isEmpty();
    }

    /** How many offsets both cover. */
    public int overlap(Spans other) {
        BitSet b = (BitSet) chars.clone();
        b.and(other.chars);
        return b.cardinality();
    }

    /** Overlap over union; 0 for two empty sets. */
    public double jaccard(Spans other) {
        BitSet union = (BitSet) chars.clone();
        union.or(other.chars);
        int u = union.cardinality();
        return u == 0 ? 0 : (double) overlap(other) / u;
    }
}
