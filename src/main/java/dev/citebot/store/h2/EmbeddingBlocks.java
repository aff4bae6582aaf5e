package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SQL side of {@link H2EmbeddingStore}. Table {@code embedding_block} holds the embeddings in blocks of up to
 * {@link EncodedBlock#MAX_ROWS} rows of one article: ids and segments as {@link RowCodec} bytes, vectors
 * L2-normalised as {@link VectorCodec} bytes, so that loading is a few thousand large reads instead of one read per
 * embedding. Table {@code embedding_id} keeps every id unique and says which block (and article) holds it. Deleting
 * an article cascades to its blocks and their ids.
 */
final class EmbeddingBlocks {
    private final int dimension;

    EmbeddingBlocks(int dimension) {
        this.dimension = dimension;
    }

    /** Stores {@code rows} as blocks (see {@link EncodedBlock#blocks}). */
    List<EncodedBlock> insert(Connection c, List<EmbeddingRow> rows) throws SQLException {
        List<EncodedBlock> stored = new ArrayList<>();
        try (PreparedStatement block = c.prepareStatement("INSERT INTO embedding_block(article_id, size, rows, vectors)"
                + " VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement ids = c.prepareStatement(
                     "INSERT INTO embedding_id(id, block_id, article_id) VALUES (?, ?, ?)")) {
            int row = 0;
            for (EncodedBlock b : EncodedBlock.blocks(rows, dimension)) {
                long id = insertBlock(block, b.articleId(), b.size(), b.rows(), VectorCodec.encode(b.vectors()));
                for (int i = 0; i < b.size(); i++) {
                    ids.setString(1, rows.get(row++).id());
                    ids.setLong(2, id);
                    setArticle(ids, 3, b.articleId());
                    ids.addBatch();
                }
                ids.executeBatch();
                stored.add(b.stored(id));
            }
        }
        return stored;
    }

    private static void setArticle(PreparedStatement ps, int index, long articleId) throws SQLException {
        if (articleId == EmbeddingRow.NO_ARTICLE) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, articleId);
        }
    }

    /** Deletes the embeddings with these ids, rewriting the blocks that keep other rows. */
    void delete(Connection c, Collection<String> ids) throws SQLException {
        Set<String> removed = Set.copyOf(ids);
        for (long blockId : blocksHolding(c, removed)) {
            rewrite(c, blockId, removed);
        }
    }

    /**
     * Reads every block in insertion order into a new snapshot. The query runs with H2's lazy execution so that
     * blocks stream into the preallocated arrays instead of being buffered as a result set first.
     *
     * @throws StoreException if a stored vector does not have this store's dimension
     */
    VectorIndex load(Connection c, long version) throws SQLException {
        try (Statement settings = c.createStatement()) {
            settings.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                return readAll(c, VectorIndex.allocate(dimension, count(c), version));
            } finally {
                settings.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private VectorIndex readAll(Connection c, VectorIndex empty) throws SQLException {
        VectorIndex index = empty;
        byte[] buffer = new byte[0];
        float[] decoded = new float[0];
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, article_id, size, rows, OCTET_LENGTH(vectors), vectors"
                     + " FROM embedding_block ORDER BY id")) {
            while (rs.next()) {
                long articleId = rs.getLong(2);
                articleId = rs.wasNull() ? EmbeddingRow.NO_ARTICLE : articleId;
                int size = rs.getInt(3);
                byte[] rows = rs.getBytes(4);
                int length = checkedLength(rs.getLong(1), size, rs.getInt(5));
                buffer = buffer.length >= length ? buffer : new byte[Math.max(length, buffer.length * 2)];
                readVectors(rs.getBinaryStream(6), buffer, length);
                decoded = decoded.length >= size * dimension ? decoded : new float[length / Float.BYTES];
                VectorCodec.decodeInto(buffer, size * dimension, decoded, 0);
                index = index.appendStored(rs.getLong(1), articleId, rows, RowCodec.offsets(rows, size), decoded);
            }
        }
        return index;
    }

    /**
     * The stored vectors of {@code rows} of {@code index}, found by id in the blocks that held them when the
     * snapshot was taken; null for a row no longer there. Reads each block once, by primary key.
     */
    float[][] exact(Connection c, VectorIndex index, int[] rows) throws SQLException {
        Map<Long, List<Integer>> byBlock = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            byBlock.computeIfAbsent(index.blockId(rows[i]), b -> new ArrayList<>()).add(i);
        }
        float[][] result = new float[rows.length][];
        try (PreparedStatement ps = c.prepareStatement("SELECT size, rows, vectors FROM embedding_block WHERE id = ?")) {
            for (Map.Entry<Long, List<Integer>> block : byBlock.entrySet()) {
                ps.setLong(1, block.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        fill(rs.getInt(1), rs.getBytes(2), rs.getBytes(3), index, rows, block.getValue(), result);
                    }
                }
            }
        }
        return result;
    }

    private void fill(int size, byte[] encoded, byte[] vectorBytes, VectorIndex index, int[] rows,
                      List<Integer> wanted, float[][] result) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i : wanted) {
            slots.put(index.id(rows[i]), i);
        }
        int[] offsets = RowCodec.offsets(encoded, size);
        for (int position = 0; position < size; position++) {
            Integer i = slots.get(RowCodec.id(encoded, offsets[position]));
            if (i != null) {
                result[i] = new float[dimension];
                ByteBuffer.wrap(vectorBytes, position * dimension * Float.BYTES, dimension * Float.BYTES)
                        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(result[i]);
            }
        }
    }

    private int checkedLength(long blockId, int size, int length) {
        if (length != size * dimension * Float.BYTES) {
            throw new StoreException("stored embeddings (block " + blockId + ") have "
                    + (size == 0 ? 0 : length / Float.BYTES / size) + " dimensions but the store was built for "
                    + dimension + "; re-embed the corpus or configure the matching embedding model");
        }
        return length;
    }

    private static void readVectors(InputStream in, byte[] buffer, int length) {
        try (in) {
            if (in.readNBytes(buffer, 0, length) != length) {
                throw new StoreException("a stored block of vectors is shorter than its length");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read stored vectors: " + e.getMessage(), e);
        }
    }

    private static long insertBlock(PreparedStatement ps, long articleId, int size, byte[] rows, byte[] vectors)
            throws SQLException {
        setArticle(ps, 1, articleId);
        ps.setInt(2, size);
        ps.setBytes(3, rows);
        ps.setBytes(4, vectors);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Set<Long> blocksHolding(Connection c, Set<String> ids) throws SQLException {
        Set<Long> blocks = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT block_id FROM embedding_id WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.add(rs.getLong(1));
                }
            }
        }
        return blocks;
    }

    /** Drops the removed rows from one block (locked first), or the whole block when none remains. */
    private void rewrite(Connection c, long blockId, Set<String> removed) throws SQLException {
        StoredBlock block = StoredBlock.lock(c, blockId);
        if (block == null) {
            return;
        }
        StoredBlock kept = block.without(removed);
        if (kept.size() == 0) {
            update(c, "DELETE FROM embedding_block WHERE id = ?", blockId);
            return;
        }
        kept.update(c, blockId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM embedding_id WHERE id = ?")) {
            for (String id : block.ids()) {
                if (removed.contains(id)) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM embedding_id")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
