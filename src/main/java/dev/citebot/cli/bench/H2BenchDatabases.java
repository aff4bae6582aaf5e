package dev.citebot.cli.bench;

import dev.citebot.cli.context.Application;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The default: each database an H2 file named after it in a folder of the run's (which its caller deletes, or keeps);
 * {@link #close} does nothing.
 */
public final class H2BenchDatabases implements BenchDatabases {
    private final Function<Path, Application> apps;
    private final Path folder;

    /**
     * @param apps   opens the application on an H2 file
     * @param folder an empty folder for the files
     */
    public H2BenchDatabases(Function<Path, Application> apps, Path folder) {
        this.apps = apps;
        this.folder = folder;
    }

    @Override
    public Application open(String name) {
        return apps.apply(file(name));
    }

    @Override
    public Map<String, String> environment(String name) {
        return Map.of("CITEBOT_DB", file(name).toAbsolutePath().toString());
    }

    @Override
    public String describe() {
        return "H2 files";
    }

    @Override
    public void close() {
        // the files are the caller's folder's
    }

    private Path file(String name) {
        return folder.resolve(name);
    }
}
