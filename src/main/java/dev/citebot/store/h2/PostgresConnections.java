package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;
import dev.citebot.store.StoreException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the connection pool of a PostgreSQL {@link Database}. The first connection is tried at once, so that a
 * wrong host, login or database name is reported on start, in one line that names the database as
 * {@code postgresql://user@host:port/database} and never shows the password.
 */
final class PostgresConnections {
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgresConnections() {
    }

    static Database connect(PostgresSettings settings, int maxConnections) {
        PGConnectionPoolDataSource source = source(settings);
        try (Connection first = source.getConnection()) {
            first.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw openFailure(settings, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(maxConnections);
        return Database.of(settings.describe(), new PostgresDialect(), null, pool);
    }

    /** A source of connections to the database {@code settings} name, none of them opened yet. */
    static PGConnectionPoolDataSource source(PostgresSettings settings) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[]{settings.host()});
        source.setPortNumbers(new int[]{settings.port()});
        source.setDatabaseName(settings.database());
        source.setUser(settings.user());
        settings.password().ifPresent(p -> source.setPassword(p.reveal()));
        source.setApplicationName("citebot");
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        return source;
    }

    /** A failure to open {@code settings}' database, in one line without the password. */
    static StoreException openFailure(PostgresSettings settings, SQLException e) {
        String db = "database " + settings.describe();
        String state = String.valueOf(e.getSQLState());
        String reason = settings.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        String message;
        if (state.startsWith("08")) {
            message = "cannot reach " + db + " (is PostgreSQL running there?): " + reason;
        } else if (state.startsWith("28")) {
            message = db + " refused the login of " + settings.user() + " (check CITEBOT_DB_PASSWORD): " + reason;
        } else if ("3D000".equals(state)) {
            message = db + " does not exist (create it with createdb): " + reason;
        } else {
            message = "cannot open " + db + ": " + reason;
        }
        return new StoreException(message, new SQLException(reason, e.getSQLState()));
    }
}
