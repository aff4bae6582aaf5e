package dev.citebot.cli.bench;

import dev.citebot.cli.context.Application;
import dev.citebot.config.PostgresSettings;
import dev.citebot.store.DatabaseServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Databases {@code PREFIX_name} on one PostgreSQL server, all claimed up front ({@link #claim}): each is created, or,
 * if it already exists, used only if it holds no articles, so that a run never adds to (or times) a real library.
 * {@link #close} drops the ones the run created, unless they are to be kept; it never drops one that existed before.
 */
public final class PostgresBenchDatabases implements BenchDatabases {
    private final DatabaseServer server;
    private final Function<PostgresSettings, Application> apps;
    private final PostgresSettings base;
    private final Map<String, DatabaseServer.Claim> claims;
    private final boolean keep;

    private PostgresBenchDatabases(DatabaseServer server, Function<PostgresSettings, Application> apps,
                                   PostgresSettings base, Map<String, DatabaseServer.Claim> claims, boolean keep) {
        this.server = server;
        this.apps = apps;
        this.base = base;
        this.claims = claims;
        this.keep = keep;
    }

    /**
     * Claims {@code PREFIX_name} for each of {@code names}, where PREFIX is the database {@code base} names. If one
     * cannot be claimed, those already created are dropped again and the failure is thrown.
     *
     * @param base the server, login, password and, as its database, the prefix of the names
     * @param keep whether {@link #close} leaves the created databases in place
     * @throws IllegalArgumentException if a name would not be a plain database name
     */
    public static PostgresBenchDatabases claim(DatabaseServer server, Function<PostgresSettings, Application> apps,
                                               PostgresSettings base, List<String> names, boolean keep) {
        for (String name : names) {
            if (!DatabaseServer.isPlainName(base.database() + "_" + name)) {
                throw new IllegalArgumentException("bench: the database prefix must be lower-case letters, digits "
                        + "and _ (at most 50), not " + base.database());
            }
        }
        Map<String, DatabaseServer.Claim> claims = new LinkedHashMap<>();
        try {
            for (String name : names) {
                claims.put(name, server.claimEmpty(base.database() + "_" + name));
            }
        } catch (RuntimeException e) {
            dropCreated(server, new ArrayList<>(claims.values()));
            throw e;
        }
        return new PostgresBenchDatabases(server, apps, base, claims, keep);
    }

    @Override
    public Application open(String name) {
        return apps.apply(settings(name));
    }

    @Override
    public Map<String, String> environment(String name) {
        PostgresSettings settings = settings(name);
        return Map.of("CITEBOT_DB", settings.describe(),
                "CITEBOT_DB_PASSWORD", settings.password().map(p -> p.reveal()).orElse(""));
    }

    @Override
    public String describe() {
        return "PostgreSQL " + base.describe() + "_*";
    }

    @Override
    public void close() {
        if (!keep) {
            dropCreated(server, new ArrayList<>(claims.values()));
        }
    }

    private PostgresSettings settings(String name) {
        DatabaseServer.Claim claim = claims.get(name);
        if (claim == null) {
            throw new IllegalArgumentException("no database " + name + " was claimed for this run");
        }
        return claim.settings();
    }

    private static void dropCreated(DatabaseServer server, List<DatabaseServer.Claim> claims) {
        for (DatabaseServer.Claim claim : claims) {
            if (claim.created()) {
                server.drop(claim.settings().database());
            }
        }
    }
}
