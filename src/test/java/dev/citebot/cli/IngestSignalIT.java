package dev.citebot.cli;

import dev.citebot.article.ArticleSummary;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar ingest}, stopped with SIGTERM (as {@code kill} or a service manager stops it)
 * while it embeds: the process ends as a stopped process does (exit 143), not in a crash of the native model
 * (SIGSEGV, exit 134, an {@code hs_err_pid*.log} left in the working directory), which half of such stops met
 * before the model's threads were stopped at exit; the articles reported "ingested" are stored and the one the
 * stop cut off is not (the README's promise). Stopped while the model is still loading, it ends the same way.
 */
class IngestSignalIT {
    private static final int ARTICLES = 60;
    private static final int STOPS = 4;
    /**
     * Articles for the early stops: enough that the run is still going at the last stop. With one article a whole
     * ingest took 1.1–1.3 s here (measured by hand), so a stop at 1.2 s could find the process gone and kill exit 1,
     * as this test failed; whether that also explains the one such failure at 0.75 s was not established.
     */
    private static final int EARLY_ARTICLES = 20;
    /** Milliseconds from the start to the SIGTERM: the model's session is built about 0.6–1.3 s into a start. */
    private static final List<Integer> EARLY_STOPS = List.of(400, 600, 750, 900, 1_050, 1_200, 1_400);
    private static final Pattern INGESTED = Pattern.compile("^ingested #\\d+ “([^”]+)”", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Process process;
    private final Set<String> reported = new TreeSet<>();

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermWhileEmbeddingEndsTheProcessWithoutACrash() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(articles.resolve(String.format("a%03d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
        for (int stop = 0; stop < STOPS; stop++) {
            Path log = dir.resolve("run-" + stop + ".log");
            process = IngestProcess.start(dir, log, articles);
            awaitEmbedding(log);
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(log)).isEqualTo(143);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
            }
            reported.addAll(reported(log));
            assertThat(storedReports()).as("stored after stop %d", stop + 1).isEqualTo(reported);
        }
    }

    /**
     * SIGTERM, and SIGINT as Ctrl-C sends it, at moments that fall while the model's session is being built: 5 of
     * 20 such stops crashed while a shutdown hook of ours waited for the model beside ONNX Runtime's own hook.
     */
    @Test
    void stopWhileTheModelLoadsEndsTheProcessWithoutACrash() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < EARLY_ARTICLES; i++) {
            Files.writeString(articles.resolve(String.format("a%03d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < EARLY_STOPS.size(); i++) {
            int delay = EARLY_STOPS.get(i);
            boolean interrupt = i % 3 == 2;
            Path run = Files.createDirectories(dir.resolve("early-" + delay));
            Path log = run.resolve("run.log");
            process = IngestProcess.start(run, log, articles);
            Thread.sleep(delay);
            if (interrupt) {
                int kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                assertThat(kill).as("kill -INT after %d ms: %s", delay, Files.readString(log)).isZero();
            } else {
                process.destroy();
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("stopped after %d ms: %s", delay, Files.readString(log))
                    .isEqualTo(interrupt ? 130 : 143);
            try (Stream<Path> files = Files.list(run)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("stopped after %d ms", delay)
                        .noneMatch(n -> n.startsWith("hs_err"));
            }
        }
    }

    private static Set<String> reported(Path log) throws IOException {
        Set<String> titles = new TreeSet<>();
        Matcher m = INGESTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    /** The titles of the stored articles this test wrote (the bundled seed article aside). */
    private Set<String> storedReports() {
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            List<ArticleSummary> stored = new H2ArticleStore(db).list();
            return stored.stream().map(ArticleSummary::title).filter(t -> t.startsWith("Dock report "))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Waits until the run has reported its first article: the model has loaded and embeds the next ones. */
    private void awaitEmbedding(Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("ingested #")) {
            assertThat(System.nanoTime()).as("an article reported in time").isLessThan(deadline);
            assertThat(process.isAlive()).as("still ingesting").isTrue();
            Thread.sleep(10);
        }
    }

    /** A made-up report of some forty sentences, each article different. */
    private static String article(int i) {
        StringBuilder text = new StringBuilder("Dock report " + i + "\n\n");
        for (int s = 0; s < 40; s++) {
            text.append("Crane ").append(s).append(" on pier ").append(i).append(" lifted ").append(s * 7 + i)
                    .append(" containers before the night shift ended. ");
            if (s % 5 == 4) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
