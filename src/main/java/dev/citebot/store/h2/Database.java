package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import dev.citebot.store.Transaction;
import dev.citebot.store.Transactions;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The citebot database: an embedded H2 database in file mode, owned by exactly one {@code Database} at a time.
 *
 * <p>Opening applies the pending {@link Migrations}. A second open of the same file fails with a
 * {@link StoreException}, whether the first owner is another process (H2's file lock) or this one (H2 would
 * otherwise silently share the database inside a JVM, so {@link #open} checks that it is the only session).
 * One connection stays open for the lifetime of the instance so that H2 keeps the database open.
 */
public final class Database implements Transactions, AutoCloseable {
    private static final int MAX_CONNECTIONS = 8;
    /**
     * CLOBs up to this many bytes are stored inside their row instead of H2's separate LOB storage: every sentence
     * and most article texts, which the store and the corpus read in full on every start (H2's default, 256,
     * sends one sentence in 15 through a LOB lookup).
     */
    static final int MAX_INPLACE_LOB = 16_384;
    /**
     * H2's default writes committed changes to the file up to a second after the commit, so a kill -9 lost them
     * (measured: 200 of 200 single-row commits gone when the process was halted right after them). With 0 a
     * commit returns only once it is written to the file (about 3–4 ms each on the measuring machine); it then
     * survives the process being killed, though not a power cut the operating system had not yet written out.
     */
    static final int WRITE_DELAY = 0;

    private final Path file;
    private final Connection anchor;
    private final JdbcConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Path file, Connection anchor, JdbcConnectionPool pool) {
        this.file = file;
        this.anchor = anchor;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database stored in {@code file + ".mv.db"} and brings its schema up to date.
     *
     * @param file the database path without H2's {@code .mv.db} suffix, e.g. {@code ./data/citebot}; parent
     *             directories are created
     * @throws StoreException if the file is in use, corrupt, or has a schema newer than this code
     */
    public static Database open(Path file) {
        return open(file, Migrations.standard());
    }

    /**
     * Like {@link #open(Path)}, but other processes may use the database at the same time (H2's automatic mixed
     * mode): the first process to open the file uses it embedded and serves it on a TCP port (127.0.0.1 only when
     * started through {@code Main}, which sets {@code h2.bindAddress}; H2's own default is every interface); every later
     * process that opens it this way connects to that server (the CLI's {@code articles} and {@code ingest} while
     * the bot runs). If the serving process exits, a connected one takes over. Within one process the database
     * may still be opened only once.
     */
    public static Database openShared(Path file) {
        return open(file, Migrations.standard(), true);
    }

    static Database open(Path file, Migrations migrations) {
        return open(file, migrations, false);
    }

    private static Database open(Path file, Migrations migrations, boolean shared) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(migrations, "migrations");
        Database db = connect(basePath(file), shared);
        try {
            migrations.apply(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Runs {@code work} in one transaction on one connection; see {@link Transactions#inTransaction}. Its
     * {@link Transaction} is a {@link JdbcTransaction}, which the H2 stores of this package write through.
     */
    @Override
    public <T> T inTransaction(Work<T> work) {
        Objects.requireNonNull(work, "work");
        return write(work::run);
    }

    /**
     * Runs {@code work} in one transaction on one connection, commits, then runs the hooks the work registered
     * with {@link Transaction#onCommit} in order. On any exception the transaction is rolled back and its hooks
     * are dropped; runtime exceptions are rethrown unchanged and {@link SQLException}s wrapped in a
     * {@link StoreException}.
     */
    <T> T write(TxWork<T> work) {
        Objects.requireNonNull(work, "work");
        JdbcTransaction tx;
        T result;
        try (Connection c = borrow()) {
            c.setAutoCommit(false);
            tx = new JdbcTransaction(c);
            result = runAndCommit(c, tx, work);
        } catch (SQLException e) {
            throw StoreException.of("transaction failed in " + describe(), e);
        }
        tx.runCommitHooks();
        return result;
    }

    /** Runs read-only {@code work} on a connection in autocommit mode; SQL failures become {@link StoreException}. */
    <T> T read(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        try (Connection c = borrow()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw StoreException.of("read failed in " + describe(), e);
        }
    }

    /** The version of the newest migration applied to this database. */
    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /** Closes the database; H2 writes it out and releases the file. Later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.dispose();
            try {
                anchor.close();
            } catch (SQLException e) {
                throw StoreException.of("cannot close " + describe(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "Database[" + file + "]";
    }

    private static <T> T runAndCommit(Connection c, JdbcTransaction tx, TxWork<T> work) throws SQLException {
        try {
            T result = work.run(tx);
            c.commit();
            return result;
        } catch (Throwable e) {
            rollback(c, e);
            throw e;
        } finally {
            tx.end();
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private Connection borrow() throws SQLException {
        if (closed.get()) {
            throw new IllegalStateException(describe() + " is closed");
        }
        return pool.getConnection();
    }

    private String describe() {
        return "database " + file;
    }

    private static Path basePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = String.valueOf(absolute.getFileName());
        if (absolute.toString().contains(";")) {
            throw new IllegalArgumentException("database path must not contain ';': " + absolute);
        }
        return name.endsWith(".mv.db")
                ? absolute.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                : absolute;
    }

    private static Database connect(Path file, boolean shared) {
        createParent(file);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + file + ";MAX_LENGTH_INPLACE_LOB=" + MAX_INPLACE_LOB
                + ";WRITE_DELAY=" + WRITE_DELAY + (shared ? ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE" : ""));
        source.setUser("sa");
        source.setPassword("");
        Connection anchor = openAnchor(source, file);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new Database(file, anchor, pool);
    }

    private static Connection openAnchor(JdbcDataSource source, Path file) {
        Connection anchor;
        try {
            anchor = source.getConnection();
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        try {
            ensureOnlySession(anchor, file);
            return anchor;
        } catch (RuntimeException e) {
            closeQuietly(anchor, e);
            throw e;
        }
    }

    /**
     * Fails if this process already has the database open: more than one session opened in this process (sessions
     * of other processes, connected through the mixed-mode server, have a client address). A process connected to
     * another's server is not checked.
     */
    private static void ensureOnlySession(Connection anchor, Path file) {
        try (Statement s = anchor.createStatement();
             ResultSet own = s.executeQuery("SELECT CLIENT_ADDR FROM INFORMATION_SCHEMA.SESSIONS"
                     + " WHERE SESSION_ID = SESSION_ID()")) {
            if (own.next() && own.getString(1) != null) {
                return;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot open database " + file, e);
        }
        try (Statement s = anchor.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                     + " WHERE CLIENT_ADDR IS NULL")) {
            rs.next();
            if (rs.getInt(1) > 1) {
                throw new StoreException("database " + file + " is already open in this process");
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot open database " + file, e);
        }
    }

    private static StoreException openFailure(Path file, SQLException e) {
        String db = "database " + file + ".mv.db";
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException(db + " is locked by another process (is citebot already running?)", e);
            case ErrorCode.FILE_CORRUPTED_1:
                return new StoreException(db + " is corrupt or not an H2 database", e);
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new StoreException(db + " was written by an incompatible H2 version", e);
            default:
                return StoreException.of("cannot open " + db, e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create directory " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c, RuntimeException failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
