package dev.citebot.store.h2;

import dev.citebot.store.PassageStore;
import dev.citebot.store.StoredRows;
import dev.citebot.store.TopK;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.RelevanceScore;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * An immutable snapshot of the stored embeddings, searched by brute force. Vectors are L2-normalised and kept
 * row-major in one float array (row {@code r} starts at {@code r * dimension}), beside parallel arrays of article
 * ids, block ids and where each row's encoded id and segment lie ({@link RowCodec}: the block's bytes as read, plus
 * an offset), so that a search walks memory linearly and allocates nothing per row, and a load creates no object
 * per row. Ids and segments are decoded only for the rows a caller asks about.
 *
 * <p>{@link #append} writes into free capacity past {@code size} of the arrays it shares with this snapshot, which
 * no reader of this or any older snapshot looks at; the new snapshot is published through a volatile field by its
 * owner. This is only safe when appends are made to the newest snapshot, one at a time, which the owner
 * guarantees. Removals always copy.
 */
final class VectorIndex implements StoredRows {
    private static final int MIN_CAPACITY = 16;
    /** Below this many rows a search scans on the calling thread; above, it splits the scan across cores. */
    static final int PARALLEL_ROWS = 16_384;
    private static final int MAX_SLICES = 8;

    private final int dimension;
    private final float[] vectors;
    private final long[] articleIds;
    private final long[] blockIds;
    private final byte[][] data;
    private final int[] offsets;
    private final int size;
    private final long version;

    private VectorIndex(int dimension, float[] vectors, long[] articleIds, long[] blockIds, byte[][] data,
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
        return new VectorIndex(dimension, new float[Math.multiplyExact(rows, dimension)], new long[rows],
                new long[rows], new byte[rows][], new int[rows], 0, version);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long version() {
        return version;
    }

    int dimension() {
        return dimension;
    }

    long articleId(int row) {
        return articleIds[row];
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

    /** A snapshot with {@code blocks} added at the end and the next version. See the class comment on sharing. */
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

    VectorIndex append(List<EncodedBlock> blocks) {
        int added = blocks.stream().mapToInt(EncodedBlock::size).sum();
        VectorIndex target = withCapacity(size + added);
        int row = size;
        for (EncodedBlock b : blocks) {
            System.arraycopy(b.vectors(), 0, target.vectors, row * dimension, b.vectors().length);
            for (int i = 0; i < b.size(); i++) {
                target.set(row++, b.articleId(), b.id(), b.rows(), b.offsets()[i]);
            }
        }
        return target.resized(row, version + 1);
    }

    /**
     * Appends one stored block while loading, decoding its vectors straight into place. Only for a snapshot that
     * no one else has seen yet; {@code vectorBytes} starts with the block's {@code rowOffsets.length} vectors
     * ({@link VectorCodec}, normalised).
     */
    VectorIndex appendStored(long blockId, long articleId, byte[] rows, int[] rowOffsets, byte[] vectorBytes) {
        VectorIndex target = withCapacity(size + rowOffsets.length);
        VectorCodec.decodeInto(vectorBytes, rowOffsets.length * dimension, target.vectors, size * dimension);
        for (int i = 0; i < rowOffsets.length; i++) {
            target.set(size + i, articleId, blockId, rows, rowOffsets[i]);
        }
        return target.resized(size + rowOffsets.length, version);
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
                System.arraycopy(vectors, row * dimension, target.vectors, to * dimension, dimension);
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
     * The best {@code maxResults} rows {@code filter} accepts whose LangChain4j relevance score (cosine
     * similarity mapped to [0, 1]) is at least {@code minScore}, best first; equal scores keep insertion order.
     */
    List<EmbeddingMatch<TextSegment>> search(float[] query, RowFilter filter, int maxResults, double minScore) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("the query embedding has " + query.length
                    + " dimensions but this store holds " + dimension + "-dimensional embeddings");
        }
        float[] q = VectorMath.normalized(query);
        int k = Math.max(1, Math.min(maxResults, size));
        TopK top = size < PARALLEL_ROWS ? scan(q, filter, k, minScore, 0, size) : parallelScan(q, filter, k, minScore);
        top.sortBestFirst();
        List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            matches.add(match(top.row(i), top.score(i)));
        }
        return matches;
    }

    /**
     * Scans equal slices of the rows on the common fork-join pool and merges their best rows. The (score, row)
     * order is total, so the result is the one a single scan finds.
     */
    private TopK parallelScan(float[] q, RowFilter filter, int k, double minScore) {
        int slices = Math.max(1, Math.min(MAX_SLICES, ForkJoinPool.getCommonPoolParallelism() + 1));
        int per = (size + slices - 1) / slices;
        return IntStream.range(0, slices).parallel()
                .mapToObj(i -> scan(q, filter, k, minScore, i * per, Math.min(size, (i + 1) * per)))
                .reduce(TopK::merge)
                .orElseThrow();
    }

    /** The best {@code k} rows in {@code [from, to)}; allocates nothing per row. */
    private TopK scan(float[] q, RowFilter filter, int k, double minScore, int from, int to) {
        TopK top = new TopK(k);
        for (int row = from, offset = from * dimension; row < to; row++, offset += dimension) {
            if (filter.accepts(this, row)) {
                double cosine = Math.max(-1, Math.min(1, VectorMath.dot(vectors, offset, q)));
                double score = RelevanceScore.fromCosineSimilarity(cosine);
                if (score >= minScore) {
                    top.offer(score, row);
                }
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

    private EmbeddingMatch<TextSegment> match(int row, double score) {
        float[] vector = Arrays.copyOfRange(vectors, row * dimension, (row + 1) * dimension);
        return new EmbeddingMatch<>(score, id(row), new Embedding(vector), segment(row));
    }

    private void set(int row, long articleId, long blockId, byte[] rows, int offset) {
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
        return new VectorIndex(dimension, Arrays.copyOf(vectors, Math.multiplyExact(capacity, dimension)),
                Arrays.copyOf(articleIds, capacity), Arrays.copyOf(blockIds, capacity), Arrays.copyOf(data, capacity),
                Arrays.copyOf(offsets, capacity), size, version);
    }

    private VectorIndex resized(int newSize, long newVersion) {
        return new VectorIndex(dimension, vectors, articleIds, blockIds, data, offsets, newSize, newVersion);
    }
}
