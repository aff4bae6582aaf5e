package dev.citebot.store.h2;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of embeddings in the forms the tables and memory keep: the rows' ids and segments as {@link RowCodec}
 * bytes, their vectors L2-normalised, row-major, and the int8 codes of those vectors ({@link QuantizedRows#encode}),
 * which is all a search and a load use. All rows of a block share one article id.
 *
 * @param id        the {@code embedding_block} row, or 0 before it is stored
 * @param articleId the rows' {@value H2EmbeddingStore#ARTICLE_ID}, or {@link EmbeddingRow#NO_ARTICLE}
 * @param rows      the encoded rows (not copied: do not change)
 * @param offsets   where each row starts in {@code rows}
 * @param vectors   {@code offsets.length * dimension} normalised values (not copied: do not change)
 * @param codes     the vectors' stored int8 form, {@link QuantizedRows#encodedWidth} bytes a row (not copied: do
 *                  not change)
 */
record EncodedBlock(long id, long articleId, byte[] rows, int[] offsets, float[] vectors, byte[] codes) {

    /** Small enough that H2 keeps each block a modest page; large enough that an article is one or a few blocks. */
    static final int MAX_ROWS = 64;

    /** Encodes runs of consecutive rows with the same article id, cut at {@link #MAX_ROWS}, as blocks. */
    static List<EncodedBlock> blocks(List<EmbeddingRow> rows, int dimension) {
        List<EncodedBlock> blocks = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || i - from == MAX_ROWS || rows.get(i).articleId() != rows.get(from).articleId()) {
                blocks.add(of(rows.subList(from, i), dimension));
                from = i;
            }
        }
        return blocks;
    }

    /** Encodes rows that share an article id; the block is not stored yet. */
    static EncodedBlock of(List<EmbeddingRow> rows, int dimension) {
        float[] vectors = new float[rows.size() * dimension];
        for (int i = 0; i < rows.size(); i++) {
            VectorMath.normalizeInto(rows.get(i).vector(), vectors, i * dimension);
        }
        byte[] encoded = RowCodec.encode(rows);
        return new EncodedBlock(0, rows.get(0).articleId(), encoded, RowCodec.offsets(encoded, rows.size()), vectors,
                QuantizedRows.encode(vectors, rows.size(), dimension));
    }

    int size() {
        return offsets.length;
    }

    EncodedBlock stored(long blockId) {
        return new EncodedBlock(blockId, articleId, rows, offsets, vectors, codes);
    }
}
