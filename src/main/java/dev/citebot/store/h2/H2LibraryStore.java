package dev.citebot.store.h2;

import dev.citebot.store.LibraryStore;
import dev.citebot.store.StoreException;
import dev.citebot.store.Transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** {@link LibraryStore} in H2: tables {@code article_origin} and {@code article_reader} (schema version 8). */
public final class H2LibraryStore implements LibraryStore {
    private final Database db;

    public H2LibraryStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void recordOrigin(Transaction tx, long articleId, Origin origin, OptionalLong privateTo) {
        try (PreparedStatement ps = JdbcTransaction.of(tx).connection().prepareStatement("INSERT INTO article_origin(article_id, url,"
                + " added_by, chat_id, added_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, articleId);
            if (origin.url().isPresent()) {
                ps.setString(2, origin.url().get());
            } else {
                ps.setNull(2, Types.VARCHAR);
            }
            ps.setLong(3, origin.addedBy());
            ps.setLong(4, origin.chatId());
            ps.setObject(5, OffsetDateTime.ofInstant(origin.addedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            if (privateTo.isPresent()) {
                insertReader(JdbcTransaction.of(tx).connection(), articleId, privateTo.getAsLong());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record where article " + articleId + " came from", e);
        }
    }

    @Override
    public Optional<Long> findByUrl(String url) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id FROM article_origin WHERE url = ? ORDER BY article_id LIMIT 1")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addReader(long articleId, long chatId) {
        db.write(tx -> {
            if (hasReaders(JdbcTransaction.of(tx).connection(), articleId) && !isReader(JdbcTransaction.of(tx).connection(), articleId, chatId)) {
                insertReader(JdbcTransaction.of(tx).connection(), articleId, chatId);
            }
            return null;
        });
    }

    @Override
    public void share(long articleId) {
        db.write(tx -> {
            try (PreparedStatement ps = JdbcTransaction.of(tx).connection().prepareStatement(
                    "DELETE FROM article_reader WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Set<Long> hiddenFrom(long chatId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.article_id FROM article_reader r"
                    + " WHERE NOT EXISTS (SELECT 1 FROM article_reader m WHERE m.article_id = r.article_id"
                    + " AND m.chat_id = ?)")) {
                ps.setLong(1, chatId);
                Set<Long> hidden = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hidden.add(rs.getLong(1));
                    }
                }
                return Set.copyOf(hidden);
            }
        });
    }

    @Override
    public boolean visibleTo(long articleId, long chatId) {
        return db.read(c -> !hasReaders(c, articleId) || isReader(c, articleId, chatId));
    }

    @Override
    public boolean deleteArticle(Transaction tx, long articleId) {
        try (PreparedStatement ps = JdbcTransaction.of(tx).connection().prepareStatement("DELETE FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot delete article " + articleId, e);
        }
    }

    private static boolean hasReaders(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article_reader WHERE article_id = ? LIMIT 1")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isReader(Connection c, long articleId, long chatId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM article_reader WHERE article_id = ? AND chat_id = ?")) {
            ps.setLong(1, articleId);
            ps.setLong(2, chatId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertReader(Connection c, long articleId, long chatId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_reader(article_id, chat_id) VALUES (?, ?)")) {
            ps.setLong(1, articleId);
            ps.setLong(2, chatId);
            ps.executeUpdate();
        }
    }
}
