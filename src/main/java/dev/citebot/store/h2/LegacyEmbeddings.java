package dev.citebot.store.h2;

import dev.langchain4j.data.segment.TextSegment;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Migration 5: moves the embeddings of schema 1–4 (table {@code embedding}, one row per embedding with JSON
 * metadata and a float32 vector) into blocks ({@link EmbeddingBlocks}), in insertion order, without re-embedding.
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
            new EmbeddingBlocks(group.get(0).vector().length).insert(c, group);
            group.clear();
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", name, new String[]{"TABLE", "BASE TABLE"})) {
            return rs.next();
        }
    }
}
