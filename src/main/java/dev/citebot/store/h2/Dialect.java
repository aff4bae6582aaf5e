package dev.citebot.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the databases the JDBC stores of this package run on (H2 and PostgreSQL): the names of a
 * few column types in the {@link Migrations}, how a row is inserted or replaced, how a duplicate is skipped, and
 * how a large result is read without buffering it. Everything else the stores write is SQL both accept.
 */
interface Dialect {

    /** {@code H2} or {@code PostgreSQL}, for messages. */
    String name();

    /**
     * The migration statement {@code template} in this database's SQL: {@code {ID}} (a generated BIGINT key),
     * {@code {CLOB}} (long text), {@code {BYTES}} and {@code {BLOB}} (binary) and {@code {NO_CACHE}} (an identity
     * that hands out every number in turn) are replaced by its type names.
     */
    String sql(String template);

    /**
     * An insert of {@code columns} into {@code table} that replaces the row with the same {@code key} columns,
     * with one {@code ?} per column in the order given.
     */
    String upsert(String table, List<String> key, List<String> columns);

    /**
     * An insert of {@code columns} into {@code table} that does nothing (updates 0 rows) when a row with the same
     * primary key exists, or {@code null} if this database has none and the caller must catch the duplicate.
     */
    String insertUnlessPresent(String table, List<String> columns);

    /**
     * Takes ({@code lock}) or releases the lock that lets one process at a time apply the migrations, on
     * connection {@code c}, which stays open between the two calls.
     */
    void lockMigrations(Connection c, boolean lock) throws SQLException;

    /**
     * Whether claims lock rows with {@code FOR UPDATE SKIP LOCKED} and so run side by side; if not, they queue
     * on a lock of their own.
     */
    boolean skipLocked();

    /**
     * Whether {@code SELECT COUNT(*)} of a whole table is answered without reading its rows. H2 keeps each table's
     * row count; PostgreSQL scans the table (110–135 ms for a million rows), so a query asked several times a second
     * counts something smaller there.
     */
    boolean countsRowsCheaply();

    /**
     * Readies {@code query}, which reads one large binary value (a saved index of many megabytes), to receive it as
     * stored: PostgreSQL's driver would otherwise ask for the first runs of a statement in text, which sends a
     * {@code BYTEA} as hex, twice its size, to be encoded by the server and decoded by the driver.
     */
    void readsLargeBinary(PreparedStatement query) throws SQLException;

    /** The {@code ?} placeholders for {@code n} columns, comma-separated. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
