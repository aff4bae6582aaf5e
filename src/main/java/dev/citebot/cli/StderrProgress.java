package dev.citebot.cli;

import dev.citebot.ingest.IngestProgress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Progress of a large file's ingest on stderr: a line at every further tenth of its sentences embedded (at most
 * one every {@link #QUIET} ms, the last always), then one when the attribution index is built.
 */
final class StderrProgress implements IngestProgress {
    /** Files over this many bytes (1 MB) get progress lines. */
    static final long LARGE = 1_000_000;
    static final long QUIET = 1_000;

    private final Path file;
    private final PrintStream err;
    private final LongSupplier millis;
    private final long started;
    private int shownTenths;
    private long shownAt;

    StderrProgress(Path file, PrintStream err) {
        this(file, err, System::currentTimeMillis);
    }

    StderrProgress(Path file, PrintStream err, LongSupplier millis) {
        this.file = file;
        this.err = err;
        this.millis = millis;
        this.started = millis.getAsLong();
        this.shownAt = started;
    }

    @Override
    public void embedded(int done, int total) {
        int tenths = (int) (10L * done / Math.max(1, total));
        long now = millis.getAsLong();
        if (done == total || tenths > shownTenths && now - shownAt >= QUIET) {
            shownTenths = tenths;
            shownAt = now;
            err.printf("%s: %,d of %,d sentences embedded (%d %%, %d s)%n", file.getFileName(), done, total,
                    100L * done / Math.max(1, total), (now - started) / 1000);
        }
    }

    @Override
    public void indexing() {
        err.printf("%s: finding who said what%n", file.getFileName());
    }
}
