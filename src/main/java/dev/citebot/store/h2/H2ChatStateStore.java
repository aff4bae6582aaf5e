package dev.citebot.store.h2;

import dev.citebot.article.Scope;
import dev.citebot.store.ChatStateStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalLong;

/** The {@link ChatStateStore} in H2: table {@code telegram_chat}, one row per chat that chose a scope. */
public final class H2ChatStateStore implements ChatStateStore {
    private final Database db;
    private final Clock clock;

    public H2ChatStateStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock stamps each change ({@code updated_at}) */
    public H2ChatStateStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
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

    @Override
    public void setScope(long chatId, Scope scope) {
        Objects.requireNonNull(scope, "scope");
        db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "MERGE INTO telegram_chat(chat_id, article_id, updated_at) KEY(chat_id) VALUES (?, ?, ?)")) {
                ps.setLong(1, chatId);
                if (scope.articleId().isPresent()) {
                    ps.setLong(2, scope.articleId().getAsLong());
                } else {
                    ps.setNull(2, Types.BIGINT);
                }
                ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }
}
