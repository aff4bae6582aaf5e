package dev.citebot.store;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/** The SQL side of {@link H2EmbeddingStore}: table {@code embedding}, one row per embedding. */
final class EmbeddingTable {
    private final int dimension;
    private final MetadataCodec metadata = new MetadataCodec();

    EmbeddingTable(int dimension) {
        this.dimension = dimension;
    }

    void insert(Connection c, List<EmbeddingRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO embedding(id, article_id, text, metadata, vector) VALUES (?, ?, ?, ?, ?)")) {
            for (EmbeddingRow row : rows) {
                ps.setString(1, row.id());
                if (row.articleId() == EmbeddingRow.NO_ARTICLE) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, row.articleId());
                }
                ps.setString(3, row.segment() == null ? null : row.segment().text());
                ps.setString(4, metadata.encode(row.segment() == null ? new Metadata() : row.segment().metadata()));
                ps.setBytes(5, VectorCodec.encode(row.vector()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void delete(Connection c, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM embedding WHERE id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Reads every row in insertion order into a new index. The query runs with H2's lazy execution so that rows
     * stream to the index instead of being buffered as a result set first (about twice as fast at 100k rows).
     *
     * @throws StoreException if a stored vector does not have this table's dimension
     */
    VectorIndex load(Connection c, long version) throws SQLException {
        try (Statement settings = c.createStatement()) {
            settings.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try {
                return readAll(c, VectorIndex.allocate(dimension, count(c), 0, version));
            } finally {
                settings.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private VectorIndex readAll(Connection c, VectorIndex empty) throws SQLException {
        VectorIndex index = empty;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, article_id, text, metadata, vector FROM embedding ORDER BY seq")) {
            while (rs.next()) {
                String id = rs.getString(1);
                long articleId = rs.getLong(2);
                articleId = rs.wasNull() ? EmbeddingRow.NO_ARTICLE : articleId;
                String text = rs.getString(3);
                TextSegment segment = text == null ? null : TextSegment.from(text, metadata.decode(rs.getString(4)));
                index = index.appendEncoded(id, checked(id, rs.getBytes(5)), segment, articleId);
            }
        }
        return index;
    }

    private byte[] checked(String id, byte[] vector) {
        if (vector.length != dimension * Float.BYTES) {
            throw new StoreException("stored embedding " + id + " has " + vector.length / Float.BYTES
                    + " dimensions but the store was built for " + dimension
                    + "; re-embed the corpus or configure the matching embedding model");
        }
        return vector;
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM embedding")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
