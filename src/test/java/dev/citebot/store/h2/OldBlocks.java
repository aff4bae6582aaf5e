package dev.citebot.store.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.List;

/** Writes embeddings as schemas 5–11 held them: one {@code embedding_block} row with the float32 vectors in it. */
final class OldBlocks {
    private OldBlocks() {
    }

    /** Stores {@code rows} (one article, at most {@link EncodedBlock#MAX_ROWS}) as one block; returns its id. */
    static long add(Database db, List<EmbeddingRow> rows, int dimension) {
        EncodedBlock block = EncodedBlock.of(rows, dimension);
        return db.write(tx -> {
            long id;
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO embedding_block(article_id,"
                    + " size, rows, vectors) VALUES (?, ?, ?, ?)", new String[]{"id"})) {
                setArticle(ps, 1, block.articleId());
                ps.setInt(2, block.size());
                ps.setBytes(3, block.rows());
                ps.setBytes(4, VectorCodec.encode(block.vectors()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO embedding_id(id, block_id, article_id) VALUES (?, ?, ?)")) {
                for (EmbeddingRow row : rows) {
                    ps.setString(1, row.id());
                    ps.setLong(2, id);
                    setArticle(ps, 3, block.articleId());
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    private static void setArticle(PreparedStatement ps, int index, long articleId) throws java.sql.SQLException {
        if (articleId == EmbeddingRow.NO_ARTICLE) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, articleId);
        }
    }
}
