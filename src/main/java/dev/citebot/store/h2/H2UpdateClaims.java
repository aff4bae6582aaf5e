package dev.citebot.store.h2;

import dev.citebot.store.UpdateClaims;
import org.h2.api.ErrorCode;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * {@link UpdateClaims} in H2: table {@code telegram_update}, keyed by bot and update id. Claiming is one insert, so
 * the primary key decides which of two concurrent claims wins.
 */
public final class H2UpdateClaims implements UpdateClaims {
    private final Database db;
    private final Clock clock;

    public H2UpdateClaims(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock stamps each claim, for {@link #forgetClaimsBefore} */
    public H2UpdateClaims(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean claim(long botId, long updateId) {
        return db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO telegram_update(bot_id, update_id, claimed_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, botId);
                ps.setLong(2, updateId);
                ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
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

    @Override
    public int forgetClaimsBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "DELETE FROM telegram_update WHERE claimed_at < ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }
}
