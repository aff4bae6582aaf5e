package dev.citebot.store;

import dev.langchain4j.data.segment.TextSegment;

import java.util.List;

/**
 * An immutable snapshot of the rows of an {@link PassageStore}, in insertion order (row 0 first). Ids and
 * segments are kept encoded and decoded on each call, so that loading creates no object per row; read a
 * large snapshot through {@link #integers} where that is enough.
 */
public interface StoredRows {
    /** An integer metadata cell with no Integer or Long value; see {@link #integers}. */
    long ABSENT = Long.MIN_VALUE;

    /** Increases with every committed change of the store; see {@link PassageStore#version()}. */
    long version();

    int size();

    String id(int row);

    /** The row's segment, decoded anew on each call; null for an embedding stored without one. */
    TextSegment segment(int row);

    /**
     * The Integer and Long metadata values under {@code keys}, one column per key ({@code result[key][row]}).
     * A cell holds {@link #ABSENT} where the row has no segment, no such key, a value of another type, or the
     * value {@code Long.MIN_VALUE}: read {@link #segment} for those rows when it matters. Creates no object per row.
     */
    long[][] integers(List<String> keys);

    /**
     * A hash of which stored blocks the rows come from, row by row. Blocks are written once, only ever lose rows
     * and their ids are never reused, so it changes whenever rows are added or removed, and identifies the rows
     * across restarts (unlike {@link #version()}).
     */
    long fingerprint();
}
