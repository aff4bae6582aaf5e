package dev.citebot.cli.context;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.PostgresSettings;
import dev.citebot.store.DatabaseServer;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command gets: a way to open the application on the configured database, or on another one (an H2
 * file or a PostgreSQL database, {@link Databases}) (only commands that need it open the database; the bundled model starts loading in {@code Main.main} before the
 * command line is read, so that the commands that need it wait less), the process's streams, and a JSON mapper made
 * on first use (making one costs a cold start about 0.3 s, which the console chat never needs). Stdout carries
 * results only; messages go to stderr.
 */
public final class CliContext {
    private final Supplier<Application> apps;
    private final Databases databases;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ObjectMapper> newMapper;
    private ObjectMapper json;

    public CliContext(Supplier<Application> apps, Databases databases, InputStream in, PrintStream out,
                      PrintStream err, Supplier<ObjectMapper> newMapper) {
        this.apps = apps;
        this.databases = Objects.requireNonNull(databases, "databases");
        this.in = in;
        this.out = out;
        this.err = err;
        this.newMapper = Objects.requireNonNull(newMapper, "newMapper");
    }

    public Supplier<Application> apps() {
        return apps;
    }

    /** Opens the application, with the configured settings otherwise, on the H2 file given. */
    public Function<Path, Application> appOnDatabase() {
        return databases.onH2();
    }

    /**
     * Opens the application, with the configured settings otherwise, on the PostgreSQL database given, keeping its
     * local copies (see {@code FileIndexCache}) in the folder of the H2 path given instead of the configured one.
     */
    public BiFunction<PostgresSettings, Path, Application> appOnPostgres() {
        return databases.onPostgres();
    }

    /** The databases of the PostgreSQL server given (its database is not used), to make and drop some. */
    public Function<PostgresSettings, DatabaseServer> postgresServer() {
        return databases.servers();
    }

    /**
     * Reads a PostgreSQL URL given on the command line as {@code CITEBOT_DB} would be read (the password from
     * {@code CITEBOT_DB_PASSWORD} or else the URL); the argument names where it was given, for the error message.
     */
    public BiFunction<String, String, PostgresSettings> postgresUrl() {
        return databases.readUrl();
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** The command line's one JSON mapper, made the first time it is asked for. */
    public synchronized ObjectMapper json() {
        if (json == null) {
            json = newMapper.get();
        }
        return json;
    }

    /**
     * How commands open the application on a database other than the configured one.
     *
     * @param onH2       the configured settings on an H2 file
     * @param onPostgres the configured settings on a PostgreSQL database, with local copies in the folder of a path
     * @param readUrl    (where, url) to settings, as {@code ConfigLoader#postgres} reads them
     * @param servers    the databases of a PostgreSQL server
     */
    public record Databases(Function<Path, Application> onH2, BiFunction<PostgresSettings, Path, Application> onPostgres,
                            BiFunction<String, String, PostgresSettings> readUrl,
                            Function<PostgresSettings, DatabaseServer> servers) {
        public Databases {
            Objects.requireNonNull(servers, "servers");
            Objects.requireNonNull(onH2, "onH2");
            Objects.requireNonNull(onPostgres, "onPostgres");
            Objects.requireNonNull(readUrl, "readUrl");
        }
    }
}
