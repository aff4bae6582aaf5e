package dev.citebot.store;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.RelevanceScore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * An immutable snapshot of the stored embeddings, searched by brute force. Vectors are L2-normalised and kept
 * row-major in one float array (row {@code r} starts at {@code r * dimension}), beside parallel arrays of ids,
 * segments and article ids, so that a search walks memory linearly and allocates nothing per row.
 *
 * <p>{@link #append} writes into free capacity past {@code size} of the arrays it shares with this snapshot, which
 * no reader of this or any older snapshot looks at; the new snapshot is published through a volatile field by its
 * owner. This is only safe when appends are made to the newest snapshot, one at a time, which the owner
 * guarantees. Removals always copy.
 */
final class VectorIndex {
    private static final int MIN_CAPACITY = 16;
    /** Below this many rows a search scans on the calling thread; above, it splits the scan across cores. */
    static final int PARALLEL_ROWS = 16_384;
    private static final int MAX_SLICES = 8;

    private final int dimension;
    private final float[] vectors;
    private final String[] ids;
    private final TextSegment[] segments;
    private final long[] articleIds;
    private final int size;
    private final long version;

    private VectorIndex(int dimension, float[] vectors, String[] ids, TextSegment[] segments, long[] articleIds,
                        int size, long version) {
        this.dimension = dimension;
        this.vectors = vectors;
        this.ids = ids;
        this.segments = segments;
        this.articleIds = articleIds;
        this.size = size;
        this.version = version;
    }

    static VectorIndex empty(int dimension, long version) {
        return allocate(dimension, 0, 0, version);
    }

    int size() {
        return size;
    }

    long version() {
        return version;
    }

    int dimension() {
        return dimension;
    }

    /** A snapshot with {@code rows} added at the end and the next version. See the class comment on sharing. */
    VectorIndex append(List<EmbeddingRow> rows) {
        VectorIndex target = withCapacity(size + rows.size());
        int row = size;
        for (EmbeddingRow r : rows) {
            VectorMath.normalizeInto(r.vector(), target.vectors, row * dimension);
            target.set(row++, r.id(), r.segment(), r.articleId());
        }
        return target.resized(row, version + 1);
    }

    /** A copy without the rows whose id is in {@code removed}; this snapshot itself if there are none. */
    VectorIndex without(Set<String> removed) {
        int kept = 0;
        for (int row = 0; row < size; row++) {
            kept += removed.contains(ids[row]) ? 0 : 1;
        }
        if (kept == size) {
            return this;
        }
        VectorIndex target = allocate(dimension, kept, 0, version + 1);
        int to = 0;
        for (int row = 0; row < size; row++) {
            if (!removed.contains(ids[row])) {
                System.arraycopy(vectors, row * dimension, target.vectors, to * dimension, dimension);
                target.set(to++, ids[row], segments[row], articleIds[row]);
            }
        }
        return target.resized(kept, version + 1);
    }

    /** The ids of the rows {@code filter} accepts, in insertion order. */
    List<String> idsWhere(RowFilter filter) {
        List<String> result = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            if (filter.accepts(articleIds[row], segments[row])) {
                result.add(ids[row]);
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
            if (filter.accepts(articleIds[row], segments[row])) {
                double cosine = Math.max(-1, Math.min(1, VectorMath.dot(vectors, offset, q)));
                double score = RelevanceScore.fromCosineSimilarity(cosine);
                if (score >= minScore) {
                    top.offer(score, row);
                }
            }
        }
        return top;
    }

    List<H2EmbeddingStore.Entry> entries() {
        List<H2EmbeddingStore.Entry> entries = new ArrayList<>(size);
        for (int row = 0; row < size; row++) {
            entries.add(new H2EmbeddingStore.Entry(ids[row], segments[row]));
        }
        return Collections.unmodifiableList(entries);
    }

    /** Loads rows straight from their stored bytes, without a float[] per row. Used only while building. */
    VectorIndex appendEncoded(String id, byte[] vector, TextSegment segment, long articleId) {
        VectorIndex target = withCapacity(size + 1);
        VectorCodec.decodeInto(vector, target.vectors, size * dimension, dimension);
        VectorMath.normalizeRow(target.vectors, size * dimension, dimension);
        target.set(size, id, segment, articleId);
        return target.resized(size + 1, version);
    }

    static VectorIndex allocate(int dimension, int capacity, int size, long version) {
        int rows = Math.max(capacity, MIN_CAPACITY);
        return new VectorIndex(dimension, new float[Math.multiplyExact(rows, dimension)], new String[rows],
                new TextSegment[rows], new long[rows], size, version);
    }

    private EmbeddingMatch<TextSegment> match(int row, double score) {
        float[] vector = Arrays.copyOfRange(vectors, row * dimension, (row + 1) * dimension);
        return new EmbeddingMatch<>(score, ids[row], new Embedding(vector), segments[row]);
    }

    private void set(int row, String id, TextSegment segment, long articleId) {
        ids[row] = id;
        segments[row] = segment;
        articleIds[row] = articleId;
    }

    private VectorIndex withCapacity(int rows) {
        if (rows <= ids.length) {
            return this;
        }
        int capacity = Math.max(rows, ids.length + (ids.length >> 1));
        return new VectorIndex(dimension, Arrays.copyOf(vectors, Math.multiplyExact(capacity, dimension)),
                Arrays.copyOf(ids, capacity), Arrays.copyOf(segments, capacity), Arrays.copyOf(articleIds, capacity),
                size, version);
    }

    private VectorIndex resized(int newSize, long newVersion) {
        return new VectorIndex(dimension, vectors, ids, segments, articleIds, newSize, newVersion);
    }
}
