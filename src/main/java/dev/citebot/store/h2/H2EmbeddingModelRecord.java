package dev.citebot.store.h2;

import dev.citebot.store.EmbeddingModelRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/** The {@link EmbeddingModelRecord} in H2 or PostgreSQL: table {@code embedding_model}, one row. */
public final class H2EmbeddingModelRecord implements EmbeddingModelRecord {
    private final Database db;

    public H2EmbeddingModelRecord(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public String claim(String modelName) {
        Objects.requireNonNull(modelName, "modelName");
        return db.write(tx -> {
            Connection c = tx.connection();
            String recorded = recorded(c);
            if (recorded != null && (recorded.equals(modelName) || hasVectors(c))) {
                return recorded;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    db.dialect().upsert("embedding_model", List.of("id"), List.of("id", "name")))) {
                ps.setInt(1, 1);
                ps.setString(2, modelName);
                ps.executeUpdate();
            }
            return modelName;
        });
    }

    private static String recorded(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM embedding_model WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean hasVectors(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM embedding_id)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
