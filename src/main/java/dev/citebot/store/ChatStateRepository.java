package dev.citebot.store;

import dev.citebot.article.Scope;
import org.h2.api.ErrorCode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the bot keeps in H2: each chat's article scope ({@code telegram_chat}) and the updates it has claimed
 * ({@code telegram_update}). Claiming is one insert: the first claim of an update wins and every later one —
 * after a restart, or from Telegram redelivering it — loses, so an update is answered at most once.
 */
public final class ChatStateRepository {
    private final Database db;
    private final Clock clock;

    public ChatStateRepository(Database db) {
        this(db, Clock.systemUTC());
    }

    public ChatStateRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return true if this call claimed the update, false if it was claimed before */
    public boolean claim(long botId, long updateId) {
        return db.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO telegram_update(bot_id, update_id, claimed_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, botId);
                ps.setLong(2, updateId);
                ps.setObject(3, now());
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Forgets claims made before {@code cutoff} (Telegram redelivers an update for at most a day). */
    public int forgetClaimsBefore(Instant cutoff) {
        return db.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "DELETE FROM telegram_update WHERE claimed_at < ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }

    /** The article the chat's questions are about, or {@link Scope#ALL}. */
    public Scope scope(long chatId) {
        OptionalLong article = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM telegram_chat WHERE chat_id = ?")) {
                ps.setLong(1, chatId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long id = rs.getLong(1);
                        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
                    }
                    return OptionalLong.empty();
                }
            }
        });
        return new Scope(article);
    }

    /** Scopes the chat's questions to one article, or to all of them for {@link Scope#ALL}. */
    public void setScope(long chatId, Scope scope) {
        db.inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "MERGE INTO telegram_chat(chat_id, article_id, updated_at) KEY(chat_id) VALUES (?, ?, ?)")) {
                ps.setLong(1, chatId);
                if (scope.articleId().isPresent()) {
                    ps.setLong(2, scope.articleId().getAsLong());
                } else {
                    ps.setNull(2, Types.BIGINT);
                }
                ps.setObject(3, now());
                return ps.executeUpdate();
            }
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
