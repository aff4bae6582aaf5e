package dev.citebot.cli.bench;

import dev.citebot.cli.context.Application;

import java.util.Map;

/**
 * Where a {@code bench} run keeps its throw-away databases: each is known by a short name ({@link Benchmark#QUALITY},
 * {@link Benchmark#SCALED}), is empty of articles when first opened (the application then adds the seed article),
 * and may be opened again by a process of its own (the cold start) once this process has closed it.
 */
public interface BenchDatabases extends AutoCloseable {

    /** Opens the application on database {@code name}, which this run has not opened before. */
    Application open(String name);

    /**
     * The environment a fresh citebot process needs to open database {@code name}: {@code CITEBOT_DB} and, for a
     * server that wants one, {@code CITEBOT_DB_PASSWORD} (an empty value unsets an inherited one). The values may hold
     * a password: for a child process's environment only, never to be printed.
     */
    Map<String, String> environment(String name);

    /** Where the databases are, for the report: never a password. */
    String describe();

    /** Removes the databases this run made, unless they are to be kept. */
    @Override
    void close();
}
