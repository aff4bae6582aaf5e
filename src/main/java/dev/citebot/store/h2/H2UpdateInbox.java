package dev.citebot.store.h2;

import dev.citebot.store.UpdateInbox;
import org.h2.api.ErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link UpdateInbox} in table {@code telegram_inbox}. Durability comes from the {@link Database}'s
 * {@code WRITE_DELAY=0}: a commit has been written to the file when it returns.
 */
public final class H2UpdateInbox implements UpdateInbox {
    private final Database db;
    private final Clock clock;

    public H2UpdateInbox(Database db) {
        this(db, Clock.systemUTC());
    }

    public H2UpdateInbox(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Item> add(long botId, List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return db.write(tx -> {
            List<Item> added = new ArrayList<>();
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO telegram_inbox(bot_id, update_id, chat_key,"
                    + " body, received_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Item item : items) {
                    if (insert(c, ps, botId, item)) {
                        added.add(item);
                    }
                }
            }
            return added;
        });
    }

    @Override
    public List<Item> pending(long botId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT update_id, chat_key, body FROM telegram_inbox"
                    + " WHERE bot_id = ? AND done_at IS NULL ORDER BY update_id")) {
                ps.setLong(1, botId);
                List<Item> items = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Item(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public void done(long botId, long updateId) {
        db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "UPDATE telegram_inbox SET done_at = ? WHERE bot_id = ? AND update_id = ? AND done_at IS NULL")) {
                ps.setObject(1, now());
                ps.setLong(2, botId);
                ps.setLong(3, updateId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        return db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "DELETE FROM telegram_inbox WHERE done_at < ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }

    /** Inserts one item under a savepoint, so that a duplicate is skipped without ending the transaction. */
    private boolean insert(Connection c, PreparedStatement ps, long botId, Item item) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            ps.setLong(1, botId);
            ps.setLong(2, item.updateId());
            ps.setLong(3, item.chatKey());
            ps.setString(4, item.body());
            ps.setObject(5, now());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DUPLICATE_KEY_1) {
                throw e;
            }
            c.rollback(before);
            return false;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
