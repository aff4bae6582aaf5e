package dev.citebot.store.h2;

import dev.langchain4j.data.segment.TextSegment;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Migration 5: moves the embeddings of schema 1–4 (table {@code embedding}, one row per embedding with JSON
 * metadata and a float32 vector) into blocks as schema 5 holds them (encoded rows and normalised vectors in one
 * {@code embedding_block} row; migration 12 moves the vectors out), in insertion order, without re-embedding.
 * Blocks left by an attempt that was interrupted after H2 committed them are cleared first, so running it again
 * is safe; the old table is dropped by the migration's next step.
 */
final class LegacyEmbeddings {
    private final MetadataCodec metadata = new MetadataCodec();
    private final List<EmbeddingRow> group = new ArrayList<>();

    private LegacyEmbeddings() {
    }

    static void convert(Connection c) throws SQLException {
        if (tableExists(c, "EMBEDDING")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM embedding_id");
                s.executeUpdate("DELETE FROM embedding_block");
            }
            new LegacyEmbeddings().copy(c);
        }
    }

    private void copy(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, article_id, text, metadata, vector FROM embedding ORDER BY seq")) {
            while (rs.next()) {
                long articleId = rs.getLong(2);
                articleId = rs.wasNull() ? EmbeddingRow.NO_ARTICLE : articleId;
                String text = rs.getString(3);
                TextSegment segment = text == null ? null : TextSegment.from(text, metadata.decode(rs.getString(4)));
                add(c, new EmbeddingRow(rs.getString(1), VectorCodec.decode(rs.getBytes(5)), segment, articleId));
            }
        }
        flush(c);
    }

    /** Collects rows of one article and one dimension into a block, writing it when it is full or the run ends. */
    private void add(Connection c, EmbeddingRow row) throws SQLException {
        if (!group.isEmpty() && (group.size() == EncodedBlock.MAX_ROWS
                || group.get(0).articleId() != row.articleId()
                || group.get(0).vector().length != row.vector().length)) {
            flush(c);
        }
        group.add(row);
    }

    private void flush(Connection c) throws SQLException {
        if (!group.isEmpty()) {
            insert(c, EncodedBlock.of(group, group.get(0).vector().length));
            group.clear();
        }
    }

    private void insert(Connection c, EncodedBlock block) throws SQLException {
        long blockId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO embedding_block(article_id, size, rows, vectors)"
                + " VALUES (?, ?, ?, ?)", new String[]{"id"})) {
            setArticle(ps, 1, block.articleId());
            ps.setInt(2, block.size());
            ps.setBytes(3, block.rows());
            ps.setBytes(4, VectorCodec.encode(block.vectors()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                blockId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO embedding_id(id, block_id, article_id) VALUES (?, ?, ?)")) {
            for (EmbeddingRow row : group) {
                ps.setString(1, row.id());
                ps.setLong(2, blockId);
                setArticle(ps, 3, block.articleId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setArticle(PreparedStatement ps, int index, long articleId) throws SQLException {
        if (articleId == EmbeddingRow.NO_ARTICLE) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, articleId);
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String stored = meta.storesUpperCaseIdentifiers()
                ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
        try (ResultSet rs = meta.getTables(null, c.getSchema(), stored, new String[]{"TABLE", "BASE TABLE"})) {
            return rs.next();
        }
    }
}
