package dev.citebot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL database to keep citebot's data in, from {@code CITEBOT_DB=postgresql://user@host:port/db}. The
 * password comes from {@code CITEBOT_DB_PASSWORD} or else from the URL ({@code user:password@host}); it is a
 * {@link Secret}, so neither {@link #toString()} nor {@link #describe()} shows it.
 *
 * @param host     the server's host name or address
 * @param port     its port, 5432 unless given
 * @param database the database's name
 * @param user     the role to log in as
 * @param password the role's password, if it needs one
 */
public record PostgresSettings(String host, int port, String database, String user, Optional<Secret> password) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;

    public PostgresSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Whether {@code CITEBOT_DB} names a PostgreSQL database rather than an H2 file. */
    public static boolean isPostgres(String raw) {
        return raw.trim().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads a {@code postgresql://user[:password]@host[:port]/database} URL; {@code passwordVariable}, when set,
     * wins over a password in the URL. Problems are added to {@code problems} without quoting the URL, which may
     * hold the password.
     *
     * @return the settings, or empty if there were problems
     */
    static Optional<PostgresSettings> parse(String raw, Optional<Secret> passwordVariable, List<String> problems) {
        return parse(Config.CITEBOT_DB, raw, passwordVariable, problems);
    }

    /**
     * Like {@link #parse(String, Optional, List)} for a URL given elsewhere than {@code CITEBOT_DB}, e.g. a command
     * line option: the problems name {@code where}.
     */
    static Optional<PostgresSettings> parse(String where, String raw, Optional<Secret> passwordVariable,
                                            List<String> problems) {
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            problems.add(where + " is not a valid postgresql:// URL (expected "
                    + "postgresql://user@host:port/database)");
            return Optional.empty();
        }
        int before = problems.size();
        String userInfo = uri.getRawUserInfo();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost() == null) {
            problems.add(where + " names no host (expected postgresql://user@host:port/database)");
        }
        if (userInfo == null || userInfo.isEmpty() || userInfo.startsWith(":")) {
            problems.add(where + " names no user (expected postgresql://user@host:port/database)");
        }
        if (!path.matches("/[^/]+")) {
            problems.add(where + " names no database (expected postgresql://user@host:port/database)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add(where + " must not have ?parameters or a #fragment");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Optional<Secret> inUrl = colon < 0 ? Optional.empty()
                : Optional.of(new Secret(decode(userInfo.substring(colon + 1))));
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return Optional.of(new PostgresSettings(uri.getHost(), port, decode(path.substring(1)), user,
                passwordVariable.or(() -> inUrl)));
    }

    /** The database as {@code postgresql://user@host:port/database}, without the password. */
    public String describe() {
        return SCHEME + user + "@" + host + ":" + port + "/" + database;
    }

    /** The same server, login and password, on the database {@code other}. */
    public PostgresSettings withDatabase(String other) {
        return new PostgresSettings(host, port, other, user, password);
    }

    /** Removes the password from a text that may quote it (a driver's error message). */
    public String redact(String text) {
        return password.map(p -> p.redact(text)).orElse(text);
    }

    @Override
    public String toString() {
        return describe() + (password.isPresent() ? " (password set)" : "");
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
