package dev.citebot.store.h2;

import dev.citebot.store.PassageStore;
import dev.citebot.store.StoredRows;
import dev.citebot.store.TopK;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.RelevanceScore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * An immutable snapshot of the stored embeddings, searched exhaustively in two passes. Vectors are kept
 * L2-normalised and quantised ({@link QuantizedRows}: sign bits and int8 codes, 436 bytes per 384-dimensional row
 * instead of 1,536), beside parallel arrays of article ids, block ids and where each row's encoded id and segment
 * lie ({@link RowCodec}: the block's bytes as read, plus an offset), so that a search walks memory linearly and
 * allocates nothing per row, and a load creates no object per row. Ids and segments are decoded only for the rows
 * a caller asks about.
 *
 * <p>A search takes, from every row its filter accepts, about {@link #coarsePool} rows whose sign bits differ least
 * from the query's (skipped when that is all of them) and returns the best of those by their int8 codes. It reads
 * memory only; a load reads the codes as stored beside the rows, never the float32 vectors. A returned score differs from
 * the exact (float32) relevance score by at most {@link #SCORE_TOLERANCE} in practice (the int8 error is about
 * {@code 0.0003} in relevance score for a unit row), so rows are returned in exact order except where exact
 * scores lie within twice that of each other, and a row can be missed only if its exact score is within twice
 * that of the last one returned, or if the sign-bit pass left it out; {@code QuantizedSearchIT} measures both
 * against exact float search on real embeddings.
 *
 * <p>{@link #append} writes into free capacity past {@code size} of the arrays it shares with this snapshot, which
 * no reader of this or any older snapshot looks at; the new snapshot is published through a volatile field by its
 * owner. This is only safe when appends are made to the newest snapshot, one at a time, which the owner
 * guarantees. Removals always copy.
 */
final class VectorIndex implements StoredRows {
    /** Rows per chunk of sign-bit distances, as a power of two: 2^14 shorts are 32 KB, far under a G1 region. */
    private static final int DISTANCE_CHUNK_BITS = 14;
    private static final int DISTANCE_CHUNK_MASK = (1 << DISTANCE_CHUNK_BITS) - 1;

    private static final int MIN_CAPACITY = 16;
    /** Below this many rows a search scans on the calling thread; above, it splits the scan across cores. */
    static final int PARALLEL_ROWS = 16_384;
    private static final int MAX_SLICES = 8;
    /**
     * Up to this many rows a search scores every row by its int8 codes: one such pass over 3,040 rows took about
     * what the two passes took over 36,824 (0.85 and 0.80 ms), and it misses nothing.
     */
    static final int EXACT_ROWS = 4_096;
    /**
     * Above {@link #EXACT_ROWS}, the sign-bit pass keeps at least this many rows for the int8 pass ... With a 5 MB
     * article beside the PolNeAR dev articles (36,824 rows of real embeddings) a pool of 2,048 instead of 4,096 found
     * 98.9 % of the exact best 30 instead of 99.7 %, gave all 709 seed, who-said and "what did X say" questions the
     * first quote an exact search of every row gives, and searched in 0.80 ms instead of 1.07 (0.85 ms for the 3,040
     * rows without the article): a database holding one very large article answers nearly as fast as one without it.
     */
    static final int MIN_COARSE_POOL = 2_048;
    /** ... or this fraction of the rows, whichever is more. */
    static final int COARSE_FRACTION = 64;
    /**
     * How far a returned relevance score may lie from the exact float32 one, as measured on real all-MiniLM-L6-v2
     * embeddings ({@code QuantizedSearchIT}); the worst case bound, half a code step times the query's L1 norm,
     * is ten times larger but needs every rounding error to point the same way.
     */
    static final double SCORE_TOLERANCE = 0.002;

    private final int dimension;
    private final QuantizedRows vectors;
    private final long[] articleIds;
    private final long[] blockIds;
    private final ByteBuffer[] data;
    private final int[] offsets;
    private final int size;
    private final long version;

    private VectorIndex(int dimension, QuantizedRows vectors, long[] articleIds, long[] blockIds, ByteBuffer[] data,
                        int[] offsets, int size, long version) {
        this.dimension = dimension;
        this.vectors = vectors;
        this.articleIds = articleIds;
        this.blockIds = blockIds;
        this.data = data;
        this.offsets = offsets;
        this.size = size;
        this.version = version;
    }

    static VectorIndex empty(int dimension, long version) {
        return allocate(dimension, 0, version);
    }

    /** An empty snapshot with room for {@code capacity} rows, to be filled by {@link #appendStored}. */
    static VectorIndex allocate(int dimension, int capacity, long version) {
        int rows = Math.max(capacity, MIN_CAPACITY);
        return new VectorIndex(dimension, QuantizedRows.allocate(dimension, rows), new long[rows],
                new long[rows], new ByteBuffer[rows], new int[rows], 0, version);
    }

    /**
     * An empty snapshot whose first {@code codes.rows()} rows will have {@code codes}, read in place, to be given
     * their blocks by {@link #appendMapped}; version 0.
     */
    static VectorIndex mapped(int dimension, MappedCodes codes) {
        int rows = Math.max(codes.rows(), MIN_CAPACITY);
        return new VectorIndex(dimension, QuantizedRows.mapped(dimension, codes, rows), new long[rows],
                new long[rows], new ByteBuffer[rows], new int[rows], 0, 0);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * How many rows are read in place from a file, both their codes ({@link #mapped}) and their encoded rows (a
     * buffer outside the heap). For tests and diagnostics: it walks every row.
     */
    int mappedRows() {
        int rows = 0;
        for (int row = 0; row < Math.min(size, vectors.mappedRows()); row++) {
            rows += data[row].isDirect() ? 1 : 0;
        }
        return rows;
    }

    int dimension() {
        return dimension;
    }

    long articleId(int row) {
        return articleIds[row];
    }

    long blockId(int row) {
        return blockIds[row];
    }

    @Override
    public String id(int row) {
        return RowCodec.id(data[row], offsets[row]);
    }

    @Override
    public TextSegment segment(int row) {
        return RowCodec.segment(data[row], offsets[row]);
    }

    /** The row's metadata, decoded anew; empty for an embedding stored without a segment. */
    Metadata metadata(int row) {
        return RowCodec.metadata(data[row], offsets[row]);
    }

    @Override
    public long[][] integers(List<String> keys) {
        byte[][] encodedKeys = new byte[keys.size()][];
        for (int k = 0; k < encodedKeys.length; k++) {
            encodedKeys[k] = keys.get(k).getBytes(StandardCharsets.UTF_8);
        }
        long[][] columns = new long[keys.size()][size];
        long[] values = new long[keys.size()];
        for (int row = 0; row < size; row++) {
            RowCodec.integers(data[row], offsets[row], encodedKeys, values);
            for (int k = 0; k < values.length; k++) {
                columns[k][row] = values[k];
            }
        }
        return columns;
    }

    @Override
    public long fingerprint() {
        long h = size;
        for (int row = 0; row < size; row++) {
            h = h * 0x9E3779B97F4A7C15L + blockIds[row];
        }
        return h ^ (h >>> 31);
    }

    /**
     * The encoded rows (see {@link RowCodec}) that row {@code row} was read from, with others of its block: one
     * buffer per block, shared by its rows, from position 0 to its limit.
     */
    ByteBuffer storedRows(int row) {
        return data[row];
    }

    /** Where row {@code row}'s id starts in {@link #storedRows}. */
    int storedOffset(int row) {
        return offsets[row];
    }

    /** Writes row {@code row}'s int8 codes in their stored form ({@link QuantizedRows#encode}) to {@code out}. */
    void storedCodes(int row, byte[] out, int at) {
        vectors.encoded(row, out, at);
    }

    /** Whether a row of block {@code blockId} is held. */
    boolean holdsBlock(long blockId) {
        for (int row = 0; row < size; row++) {
            if (blockIds[row] == blockId) {
                return true;
            }
        }
        return false;
    }

    /** The highest block id held, 0 when empty. */
    long maxBlockId() {
        long max = 0;
        for (int row = 0; row < size; row++) {
            max = Math.max(max, blockIds[row]);
        }
        return max;
    }

    /** A snapshot with {@code blocks} added at the end and the next version. See the class comment on sharing. */
    VectorIndex append(List<EncodedBlock> blocks) {
        int added = blocks.stream().mapToInt(EncodedBlock::size).sum();
        VectorIndex target = withCapacity(size + added);
        int row = size;
        int width = QuantizedRows.encodedWidth(dimension);
        for (EncodedBlock b : blocks) {
            ByteBuffer rows = ByteBuffer.wrap(b.rows());
            for (int i = 0; i < b.size(); i++) {
                target.vectors.putEncoded(row, b.codes(), i * width);
                target.set(row++, b.articleId(), b.id(), rows, b.offsets()[i]);
            }
        }
        return target.resized(row, version + 1);
    }

    /**
     * Appends one stored block while loading, with this snapshot's version: its rows' codes are copied from
     * {@code codes} ({@link QuantizedRows#encode}'s form, starting with the block's {@code rowOffsets.length} rows),
     * nothing is quantised. Like {@link #append}, only for the newest snapshot, one appender at a time (see the
     * class comment).
     */
    VectorIndex appendStored(long blockId, long articleId, byte[] rows, int[] rowOffsets, byte[] codes) {
        VectorIndex target = withCapacity(size + rowOffsets.length);
        int width = QuantizedRows.encodedWidth(dimension);
        ByteBuffer held = ByteBuffer.wrap(rows);
        for (int i = 0; i < rowOffsets.length; i++) {
            target.vectors.putEncoded(size + i, codes, i * width);
            target.set(size + i, articleId, blockId, held, rowOffsets[i]);
        }
        return target.resized(size + rowOffsets.length, version);
    }

    /**
     * Appends one stored block whose rows' codes this snapshot reads in place already ({@link #mapped}): only its
     * ids and encoded rows are set. Like {@link #appendStored}, only for the newest snapshot, one appender at a time.
     */
    VectorIndex appendMapped(long blockId, long articleId, ByteBuffer rows, int[] rowOffsets) {
        if (size + rowOffsets.length > vectors.mappedRows()) {
            throw new IllegalStateException("a block of " + rowOffsets.length + " rows after " + size
                    + " of " + vectors.mappedRows() + " mapped rows");
        }
        for (int i = 0; i < rowOffsets.length; i++) {
            set(size + i, articleId, blockId, rows, rowOffsets[i]);
        }
        return resized(size + rowOffsets.length, version);
    }

    /** This snapshot's rows under another version (the rows are shared). */
    VectorIndex withVersion(long newVersion) {
        return resized(size, newVersion);
    }

    /** A copy without the rows whose id is in {@code removed}; this snapshot itself if there are none. */
    VectorIndex without(Set<String> removed) {
        boolean[] drop = new boolean[size];
        int kept = 0;
        for (int row = 0; row < size; row++) {
            drop[row] = removed.contains(id(row));
            kept += drop[row] ? 0 : 1;
        }
        if (kept == size) {
            return this;
        }
        VectorIndex target = allocate(dimension, kept, version + 1);
        int to = 0;
        for (int row = 0; row < size; row++) {
            if (!drop[row]) {
                target.vectors.copy(vectors, row, to);
                target.set(to++, articleIds[row], blockIds[row], data[row], offsets[row]);
            }
        }
        return target.resized(kept, version + 1);
    }

    /** The ids of the rows {@code filter} accepts, in insertion order. */
    List<String> idsWhere(RowFilter filter) {
        List<String> result = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            if (filter.accepts(this, row)) {
                result.add(id(row));
            }
        }
        return result;
    }

    /**
     * The best {@code maxResults} rows {@code filter} accepts whose LangChain4j relevance score is at least
     * {@code minScore}, best first; equal scores keep insertion order. Scores are cosine similarities computed from
     * the int8 codes ({@link QuantizedRows#dot}: within {@link #SCORE_TOLERANCE} of the exact relevance score), and
     * each match carries its row's vector as the codes give it back ({@link QuantizedRows#approximate}). Reads
     * memory only. See the class comment for how the candidates are found.
     */
    List<EmbeddingMatch<TextSegment>> search(float[] query, RowFilter filter, int maxResults, double minScore) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("the query embedding has " + query.length
                    + " dimensions but this store holds " + dimension + "-dimensional embeddings");
        }
        float[] q = VectorMath.normalized(query);
        int k = Math.max(1, Math.min(maxResults, size));
        TopK top = candidates(q, filter, k);
        top.sortBestFirst();
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            int row = top.row(i);
            double score = RelevanceScore.fromCosineSimilarity(Math.max(-1, Math.min(1, top.score(i))));
            if (score >= minScore) {
                matches.add(new EmbeddingMatch<>(score, id(row), new Embedding(vectors.approximate(row)),
                        segment(row)));
            }
        }
        return matches;
    }

    /** How many rows the sign-bit pass keeps for the int8 pass: all of them up to {@link #EXACT_ROWS}. */
    int coarsePool() {
        return size <= EXACT_ROWS ? size : Math.max(MIN_COARSE_POOL, size / COARSE_FRACTION);
    }

    /**
     * The best {@code count} rows by int8 score. Above the coarse pool's size, only the rows within the pool's
     * sign-bit distance are scored: a first pass records every accepted row's distance and counts the distances,
     * the pool's distance is read off the counts, and a second pass scores the rows within it.
     */
    private TopK candidates(float[] q, RowFilter filter, int count) {
        int pool = coarsePool();
        int slices = size < PARALLEL_ROWS ? 1 : Math.max(1, Math.min(MAX_SLICES,
                ForkJoinPool.getCommonPoolParallelism() + 1));
        if (pool >= size) {
            return sliced(slices, (from, to) -> fine(q, filter, count, from, to), TopK::merge);
        }
        long[] signs = vectors.signs(q);
        short[][] distances = distanceChunks(size);
        int[] counts = sliced(slices, (from, to) -> distances(signs, filter, distances, from, to),
                VectorIndex::add);
        int within = within(counts, pool, count);
        return sliced(slices, (from, to) -> fineWithin(q, distances, within, count, from, to), TopK::merge);
    }

    /**
     * The largest sign-bit distance that keeps at most {@code pool} rows; if that keeps fewer than {@code needed}
     * rows, the smallest distance that keeps {@code needed} (or every accepted row). The last count is of the
     * rejected rows, which are never kept.
     */
    static int within(int[] counts, int pool, int needed) {
        int kept = 0;
        int d = 0;
        for (; d < counts.length - 1 && kept + counts[d] <= pool; d++) {
            kept += counts[d];
        }
        for (; d < counts.length - 1 && kept < needed; d++) {
            kept += counts[d];
        }
        return d - 1;
    }

    /** One pass over rows {@code [from, to)}, with a result to merge with other slices'. */
    private interface SliceScan<T> {
        T scan(int from, int to);
    }

    /**
     * Runs {@code scan} over {@code slices} equal slices of the rows, on the common fork-join pool when there are
     * several, and merges their results. The (score, row) order of {@link TopK} is total, so merging best rows
     * finds what one scan of all rows would.
     */
    private <T> T sliced(int slices, SliceScan<T> scan, BinaryOperator<T> merge) {
        if (slices == 1) {
            return scan.scan(0, size);
        }
        int per = (size + slices - 1) / slices;
        return IntStream.range(0, slices).parallel()
                .mapToObj(i -> scan.scan(i * per, Math.min(size, (i + 1) * per)))
                .reduce(merge)
                .orElseThrow();
    }

    /**
     * Records each row's sign-bit distance to the query in {@code distances} (one past the largest possible, for a
     * row the filter rejects) and returns how many rows have each distance.
     */
    private int[] distances(long[] signs, RowFilter filter, short[][] distances, int from, int to) {
        int rejected = dimension + 1;
        int[] counts = new int[rejected + 1];
        for (int row = from; row < to; row++) {
            int d = filter.accepts(this, row) ? vectors.hamming(row, signs) : rejected;
            distances[row >>> DISTANCE_CHUNK_BITS][row & DISTANCE_CHUNK_MASK] = (short) d;
            counts[d]++;
        }
        return counts;
    }

    /**
     * Room for {@code rows} sign-bit distances in chunks of 2^{@value #DISTANCE_CHUNK_BITS} rows (32 KB
     * each), not one array: a single array of a million shorts is a humongous object for G1 (half a region or more),
     * allocated outside the young generation, and such an allocation can start a collection of its own.
     */
    private static short[][] distanceChunks(int rows) {
        int chunks = (rows + DISTANCE_CHUNK_MASK) >>> DISTANCE_CHUNK_BITS;
        short[][] out = new short[chunks][];
        for (int i = 0; i < chunks; i++) {
            out[i] = new short[Math.min(DISTANCE_CHUNK_MASK + 1, rows - (i << DISTANCE_CHUNK_BITS))];
        }
        return out;
    }

    private static int[] add(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }

    /** The best {@code k} rows in {@code [from, to)} by int8 score among those within {@code within} sign bits. */
    private TopK fineWithin(float[] q, short[][] distances, int within, int k, int from, int to) {
        TopK top = new TopK(k);
        for (int row = from; row < to; row++) {
            if (distances[row >>> DISTANCE_CHUNK_BITS][row & DISTANCE_CHUNK_MASK] <= within) {
                top.offer(vectors.dot(row, q), row);
            }
        }
        return top;
    }

    /** The best {@code k} rows in {@code [from, to)} by int8 score; allocates nothing per row. */
    private TopK fine(float[] q, RowFilter filter, int k, int from, int to) {
        TopK top = new TopK(k);
        for (int row = from; row < to; row++) {
            if (filter.accepts(this, row)) {
                top.offer(vectors.dot(row, q), row);
            }
        }
        return top;
    }

    /** Every row's id and segment, decoded when read. */
    List<PassageStore.Entry> entries() {
        return new AbstractList<>() {
            @Override
            public PassageStore.Entry get(int row) {
                Objects.checkIndex(row, size);
                return new PassageStore.Entry(id(row), segment(row));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private void set(int row, long articleId, long blockId, ByteBuffer rows, int offset) {
        articleIds[row] = articleId;
        blockIds[row] = blockId;
        data[row] = rows;
        offsets[row] = offset;
    }

    private VectorIndex withCapacity(int rows) {
        if (rows <= articleIds.length) {
            return this;
        }
        int capacity = Math.max(rows, articleIds.length + (articleIds.length >> 1));
        return new VectorIndex(dimension, vectors.withCapacity(capacity),
                Arrays.copyOf(articleIds, capacity), Arrays.copyOf(blockIds, capacity), Arrays.copyOf(data, capacity),
                Arrays.copyOf(offsets, capacity), size, version);
    }

    private VectorIndex resized(int newSize, long newVersion) {
        return new VectorIndex(dimension, vectors, articleIds, blockIds, data, offsets, newSize, newVersion);
    }
}
