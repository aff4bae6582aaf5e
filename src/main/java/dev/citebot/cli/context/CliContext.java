package dev.citebot.cli.context;

import com.fasterxml.jackson.databind.ObjectMapper;


import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every command gets: a way to open the application on the configured database, or on another one
 * (only commands that need it open the database; the bundled model starts loading in {@code Main.main} before the
 * command line is read, so that the commands that need it wait less), the process's streams, and a JSON mapper made
 * on first use (making one costs a cold start about 0.3 s, which the console chat never needs). Stdout carries
 * results only; messages go to stderr.
 */
public final class CliContext {
    private final Supplier<Application> apps;
    private final Function<Path, Application> appOnDatabase;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<ObjectMapper> newMapper;
    private ObjectMapper json;

    public CliContext(Supplier<Application> apps, Function<Path, Application> appOnDatabase, InputStream in, PrintStream out,
                      PrintStream err, Supplier<ObjectMapper> newMapper) {
        this.apps = apps;
        this.appOnDatabase = appOnDatabase;
        this.in = in;
        this.out = out;
        this.err = err;
        this.newMapper = Objects.requireNonNull(newMapper, "newMapper");
    }

    public Supplier<Application> apps() {
        return apps;
    }

    public Function<Path, Application> appOnDatabase() {
        return appOnDatabase;
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
}
