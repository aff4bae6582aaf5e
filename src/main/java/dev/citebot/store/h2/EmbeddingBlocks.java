package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SQL side of {@link H2EmbeddingStore}. Table {@code embedding_block} holds the embeddings in blocks of up to
 * {@link EncodedBlock#MAX_ROWS} rows of one article: ids and segments as {@link RowCodec} bytes and the vectors'
 * int8 codes ({@link QuantizedRows#encode}, 388 bytes a 384-dimensional row), so that loading is a few thousand
 * large reads of exactly what memory keeps. The vectors themselves, L2-normalised as {@link VectorCodec} bytes
 * (1,536 bytes a row), are in table {@code embedding_vector}, one row per block, which a load never reads: a
 * database reads whole rows, so in the block table they would be read, and thrown away, on every start (migration
 * 12 moved them). Table {@code embedding_id} keeps every id unique and says which block (and article) holds it.
 * Deleting an article cascades to its blocks, their vectors and their ids.
 */
final class EmbeddingBlocks {
    /**
     * The generated key read back, by name: with {@code RETURN_GENERATED_KEYS} PostgreSQL's driver returns every
     * column of the inserted row, the whole text or vectors included.
     */
    private static final String[] GENERATED_ID = {"id"};
    /** Blocks per query while loading: each up to 64 rows of codes (388 bytes) and segments, about 2–3 MB in all. */
    static final int BATCH_BLOCKS = 64;

    private final int dimension;
    private final String countRows;
    private final AtomicLong rowsRead = new AtomicLong();

    EmbeddingBlocks(int dimension, Dialect dialect) {
        this.dimension = dimension;
        this.countRows = countRows(dialect);
    }

    /**
     * A scalar query for the number of stored embeddings: the count of {@code embedding_id} where a count is cheap
     * (H2), else the sum of the blocks' sizes, one short row per up to {@link EncodedBlock#MAX_ROWS} embeddings (the
     * codes of a PostgreSQL block lie out of line, in TOAST, and are not read). The two agree whenever the tables
     * do: every write changes a block's size and its ids in one transaction.
     */
    private static String countRows(Dialect dialect) {
        return dialect.countsRowsCheaply() ? "SELECT COUNT(*) FROM embedding_id"
                : "SELECT COALESCE(SUM(size), 0) FROM embedding_block";
    }

    /** The query of {@link #countRows(Dialect)}, to be nested in a larger one. */
    String countRowsQuery() {
        return countRows;
    }

    /** Stores {@code rows} as blocks (see {@link EncodedBlock#blocks}). */
    List<EncodedBlock> insert(Connection c, List<EmbeddingRow> rows) throws SQLException {
        List<EncodedBlock> stored = new ArrayList<>();
        try (PreparedStatement block = c.prepareStatement("INSERT INTO embedding_block(article_id, size, rows, codes)"
                + " VALUES (?, ?, ?, ?)", GENERATED_ID);
             PreparedStatement vectors = c.prepareStatement(
                     "INSERT INTO embedding_vector(block_id, vectors) VALUES (?, ?)");
             PreparedStatement ids = c.prepareStatement(
                     "INSERT INTO embedding_id(id, block_id, article_id) VALUES (?, ?, ?)")) {
            int row = 0;
            for (EncodedBlock b : EncodedBlock.blocks(rows, dimension)) {
                long id = insertBlock(block, b.articleId(), b.size(), b.rows(), b.codes());
                vectors.setLong(1, id);
                vectors.setBytes(2, VectorCodec.encode(b.vectors()));
                vectors.executeUpdate();
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
     * Reads every block in insertion order into a new snapshot.
     *
     * @throws StoreException if a stored vector does not have this store's dimension
     */
    VectorIndex load(Connection c, long version) throws SQLException {
        return loadAfter(c, VectorIndex.allocate(dimension, count(c), version), 0);
    }

    /**
     * Appends to {@code index} the blocks whose id is above {@code afterBlockId}, in id order, copying their codes
     * into place (see {@link VectorIndex#appendStored}: {@code index} must be the newest snapshot, appended to by one
     * thread at a time). The blocks are read {@value #BATCH_BLOCKS} at a time, each batch a short query of its
     * own by primary key, never through one long streaming (lazy) cursor: H2 2.x can fail such a cursor with
     * "Chunk … not found" when its background writer rewrites chunks under it (h2database issues 4012 and 4142),
     * and a freshly written file of a million rows gives it much to rewrite.
     *
     * @throws StoreException if a stored vector does not have this store's dimension
     */
    VectorIndex loadAfter(Connection c, VectorIndex index, long afterBlockId) throws SQLException {
        VectorIndex result = index;
        long after = afterBlockId;
        Batch batch = new Batch();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, size, rows, OCTET_LENGTH(codes), codes"
                + " FROM embedding_block WHERE id > ? ORDER BY id LIMIT " + BATCH_BLOCKS)) {
            int read;
            do {
                ps.setLong(1, after);
                read = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        result = batch.append(result, rs);
                        read++;
                    }
                }
            } while (read == BATCH_BLOCKS);
        }
        return result;
    }

    /** Block {@code blockId}'s encoded rows and codes as stored, or null if there is no such block. */
    byte[][] stored(Connection c, long blockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rows, codes FROM embedding_block WHERE id = ?")) {
            ps.setLong(1, blockId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new byte[][] {rs.getBytes(1), rs.getBytes(2)} : null;
            }
        }
    }

    /** How many stored vectors have been read from the table since this instance was made (loads only). */
    long rowsRead() {
        return rowsRead.get();
    }

    /**
     * A buffer reused across the blocks of one load. Codes are read as a stream, which H2 serves from the value it
     * holds without the copy {@code getBytes} makes; they are copied into the index's chunks.
     */
    private final class Batch {
        private byte[] buffer = new byte[0];

        VectorIndex append(VectorIndex index, ResultSet rs) throws SQLException {
            long blockId = rs.getLong(1);
            long articleId = rs.getLong(2);
            articleId = rs.wasNull() ? EmbeddingRow.NO_ARTICLE : articleId;
            int size = rs.getInt(3);
            byte[] rows = rs.getBytes(4);
            int length = checkedLength(blockId, size, rs.getInt(5));
            buffer = buffer.length >= length ? buffer : new byte[length];
            readFully(rs.getBinaryStream(6), buffer, length);
            rowsRead.addAndGet(size);
            return index.appendStored(blockId, articleId, rows, RowCodec.offsets(rows, size), buffer);
        }
    }

    private int checkedLength(long blockId, int size, int length) {
        if (length != size * QuantizedRows.encodedWidth(dimension)) {
            throw new StoreException("stored embeddings (block " + blockId + ") have "
                    + (size == 0 ? 0 : length / size - Float.BYTES) + " dimensions but the store was built for "
                    + dimension + "; re-embed the corpus or configure the matching embedding model");
        }
        return length;
    }

    private static void readFully(InputStream in, byte[] buffer, int length) {
        try (in) {
            if (in.readNBytes(buffer, 0, length) != length) {
                throw new StoreException("a stored block of codes is shorter than its length");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read stored codes: " + e.getMessage(), e);
        }
    }

    private static long insertBlock(PreparedStatement ps, long articleId, int size, byte[] rows, byte[] codes)
            throws SQLException {
        setArticle(ps, 1, articleId);
        ps.setInt(2, size);
        ps.setBytes(3, rows);
        ps.setBytes(4, codes);
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

    private int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(countRows)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
