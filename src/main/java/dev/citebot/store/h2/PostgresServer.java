package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;
import dev.citebot.store.DatabaseServer;
import dev.citebot.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The {@link DatabaseServer} over JDBC: databases are created and dropped through the server's maintenance database
 * {@value #MAINTENANCE}, as the login the settings name (which needs the {@code CREATEDB} right). Names are plain
 * lower-case identifiers, so they go into the SQL unquoted.
 */
public final class PostgresServer implements DatabaseServer {
    /** The database every PostgreSQL server has, which {@code CREATE DATABASE} and {@code DROP DATABASE} run in. */
    public static final String MAINTENANCE = "postgres";
    private static final String DUPLICATE_DATABASE = "42P04";

    private final PostgresSettings server;

    /** @param server the server, login and password; its database is not used */
    public PostgresServer(PostgresSettings server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public Claim claimEmpty(String name) {
        requireValid(name);
        PostgresSettings settings = server.withDatabase(name);
        boolean created;
        try (Connection c = connect(MAINTENANCE); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            created = true;
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw failure("cannot create database " + name, e);
            }
            created = false;
        }
        if (!created) {
            long articles = articles(name);
            if (articles > 0) {
                throw new StoreException("database " + settings.describe() + " already holds " + articles
                        + " articles; drop it or choose other names");
            }
        }
        return new Claim(settings, created);
    }

    @Override
    public long articles(String name) {
        requireValid(name);
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            try (ResultSet table = s.executeQuery("SELECT to_regclass('article') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM article")) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("cannot count the articles of database " + name, e);
        }
    }

    /** {@inheritDoc} With {@code WITH (FORCE)}, which needs PostgreSQL 13 or later. */
    @Override
    public void drop(String name) {
        requireValid(name);
        try (Connection c = connect(MAINTENANCE); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw failure("cannot drop database " + name, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        PostgresSettings target = server.withDatabase(database);
        try {
            return PostgresConnections.source(target).getConnection();
        } catch (SQLException e) {
            throw PostgresConnections.openFailure(target, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        String reason = server.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        return new StoreException(what + " on " + server.withDatabase(MAINTENANCE).describe() + ": " + reason,
                new SQLException(reason, e.getSQLState()));
    }

    private static void requireValid(String name) {
        if (!DatabaseServer.isPlainName(name)) {
            throw new IllegalArgumentException("not a plain database name (a-z, 0-9, _, at most 63): " + name);
        }
    }
}
