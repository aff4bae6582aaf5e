package dev.citebot.store.h2;

import dev.citebot.store.UpdateInbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link UpdateInbox} in table {@code telegram_inbox}. Durability comes from the {@link Database}: H2's
 * {@code WRITE_DELAY=0}, PostgreSQL's commit. On PostgreSQL an update that several instances receive at once is
 * stored once by {@code INSERT … ON CONFLICT DO NOTHING}; H2, which has no such insert, skips a duplicate under a
 * savepoint.
 *
 * <p>On H2, claims of all instances (processes sharing the file through H2's mixed mode, or threads of one) are
 * made one after another: each claim first locks the bot's row of {@code telegram_inbox_claim} ({@code SELECT …
 * FOR UPDATE}, held to its commit), then reads the pending rows. On PostgreSQL claims run side by side: each locks
 * the pending rows no other claim holds ({@code SELECT … FOR UPDATE SKIP LOCKED}), and a chat with a row it could
 * not lock is left alone, so that a chat's updates are still answered in order. Either way each row is then taken
 * with a conditional {@code UPDATE … WHERE} the row is still free, its own or expired, counting the rows updated;
 * a renewal that committed in between is thus never overwritten.
 */
public final class H2UpdateInbox implements UpdateInbox {
    private static final List<String> COLUMNS = List.of("bot_id", "update_id", "chat_key", "body", "received_at");
    /** How long a claim waits for another instance's claim to commit (H2's default, 1 s, is short under load). */
    static final int CLAIM_LOCK_TIMEOUT_MILLIS = 20_000;

    private final Database db;
    private final Clock clock;
    private final Set<Long> lockRows = ConcurrentHashMap.newKeySet();

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
            String unlessPresent = db.dialect().insertUnlessPresent("telegram_inbox", COLUMNS);
            String sql = unlessPresent != null ? unlessPresent
                    : "INSERT INTO telegram_inbox(" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Item item : items) {
                    if (unlessPresent != null ? insert(ps, botId, item) : insertOrSkip(c, ps, botId, item)) {
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
    public List<Item> claim(long botId, String instance, Duration lease, int max) {
        Objects.requireNonNull(instance, "instance");
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        boolean skipLocked = db.dialect().skipLocked();
        if (!skipLocked) {
            ensureLockRow(botId);
        }
        return db.write(tx -> {
            Connection c = tx.connection();
            List<Row> rows;
            if (skipLocked) {
                rows = lockFreeRows(c, botId);
            } else {
                lockClaims(c, botId);
                rows = pendingRows(c, botId, "");
            }
            Instant now = clock.instant();
            List<Item> chosen = claimable(rows, instance, now, max);
            List<Item> claimed = new ArrayList<>();
            for (Item item : chosen) {
                if (take(c, botId, item.updateId(), instance, now, now.plus(lease))) {
                    claimed.add(item);
                }
            }
            return claimed;
        });
    }

    @Override
    public int renew(long botId, String instance, Duration lease) {
        return db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE telegram_inbox SET lease_until = ?"
                    + " WHERE bot_id = ? AND lease_owner = ? AND done_at IS NULL")) {
                ps.setObject(1, at(clock.instant().plus(lease)));
                ps.setLong(2, botId);
                ps.setString(3, instance);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int release(long botId, String instance) {
        return db.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE telegram_inbox SET lease_owner = NULL,"
                    + " lease_until = NULL WHERE bot_id = ? AND lease_owner = ? AND done_at IS NULL")) {
                ps.setLong(1, botId);
                ps.setString(2, instance);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * A pending row with its lease ({@code owner} null when free); {@code busy} when another claim has it locked.
     */
    private record Row(Item item, String owner, Instant until, boolean busy) {
        boolean heldByAnotherLive(String instance, Instant now) {
            return busy || owner != null && !owner.equals(instance) && until != null && until.isAfter(now);
        }
    }

    /** The rows {@code instance} may hold, oldest first, at most {@code max}, its own among them. */
    private static List<Item> claimable(List<Row> rows, String instance, Instant now, int max) {
        Set<Long> blockedChats = new HashSet<>();
        List<Item> chosen = new ArrayList<>();
        for (Row row : rows) {
            long chat = row.item().chatKey();
            if (blockedChats.contains(chat)) {
                continue;
            }
            if (row.heldByAnotherLive(instance, now) || chosen.size() >= max) {
                blockedChats.add(chat);
                continue;
            }
            chosen.add(row.item());
        }
        return chosen;
    }

    /**
     * The pending rows, oldest first: those this transaction could lock ({@code FOR UPDATE SKIP LOCKED}) as read
     * under the lock, the others marked busy, so that their chats are not claimed past them.
     */
    private static List<Row> lockFreeRows(Connection c, long botId) throws SQLException {
        Map<Long, Row> locked = new HashMap<>();
        for (Row row : pendingRows(c, botId, " FOR UPDATE SKIP LOCKED")) {
            locked.put(row.item().updateId(), row);
        }
        List<Row> rows = new ArrayList<>();
        for (Row seen : pendingRows(c, botId, "")) {
            Row mine = locked.remove(seen.item().updateId());
            rows.add(mine != null ? mine : new Row(seen.item(), seen.owner(), seen.until(), true));
        }
        rows.addAll(locked.values());
        rows.sort(Comparator.comparingLong(r -> r.item().updateId()));
        return rows;
    }

    private static List<Row> pendingRows(Connection c, long botId, String locking) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT update_id, chat_key, body, lease_owner, lease_until"
                + " FROM telegram_inbox WHERE bot_id = ? AND done_at IS NULL ORDER BY update_id" + locking)) {
            ps.setLong(1, botId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime until = rs.getObject(5, OffsetDateTime.class);
                    rows.add(new Row(new Item(rs.getLong(1), rs.getLong(2), rs.getString(3)), rs.getString(4),
                            until == null ? null : until.toInstant(), false));
                }
            }
            return rows;
        }
    }

    /** Takes one row if it is still free, this instance's, or expired; false if another instance renewed it. */
    private static boolean take(Connection c, long botId, long updateId, String instance, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE telegram_inbox SET lease_owner = ?, lease_until = ?"
                + " WHERE bot_id = ? AND update_id = ? AND done_at IS NULL"
                + " AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?)")) {
            ps.setString(1, instance);
            ps.setObject(2, at(until));
            ps.setLong(3, botId);
            ps.setLong(4, updateId);
            ps.setString(5, instance);
            ps.setObject(6, at(now));
            return ps.executeUpdate() == 1;
        }
    }

    /** Locks the bot's claim row until the transaction ends: claims of every instance queue here. */
    private static void lockClaims(Connection c, long botId) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + CLAIM_LOCK_TIMEOUT_MILLIS);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT bot_id FROM telegram_inbox_claim WHERE bot_id = ? FOR UPDATE")) {
            ps.setLong(1, botId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the claim row of bot " + botId + " is missing");
                }
            }
        }
    }

    /** Creates the bot's claim row once; an instance that created it at the same moment is no error. */
    private void ensureLockRow(long botId) {
        if (lockRows.contains(botId)) {
            return;
        }
        db.write(tx -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO telegram_inbox_claim(bot_id)"
                    + " SELECT ? WHERE NOT EXISTS (SELECT 1 FROM telegram_inbox_claim WHERE bot_id = ?)")) {
                Savepoint before = c.setSavepoint();
                ps.setLong(1, botId);
                ps.setLong(2, botId);
                try {
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    if (!SqlErrors.isDuplicate(e)) {
                        throw e;
                    }
                    c.rollback(before);
                    return 0;
                }
            }
        });
        lockRows.add(botId);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
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

    /** Inserts one item unless it is stored; true if this call stored it. */
    private boolean insert(PreparedStatement ps, long botId, Item item) throws SQLException {
        ps.setLong(1, botId);
        ps.setLong(2, item.updateId());
        ps.setLong(3, item.chatKey());
        ps.setString(4, item.body());
        ps.setObject(5, now());
        return ps.executeUpdate() == 1;
    }

    /** Inserts one item under a savepoint, so that a duplicate is skipped without ending the transaction. */
    private boolean insertOrSkip(Connection c, PreparedStatement ps, long botId, Item item) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            return insert(ps, botId, item);
        } catch (SQLException e) {
            if (!SqlErrors.isDuplicate(e)) {
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
