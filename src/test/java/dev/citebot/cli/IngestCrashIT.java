package dev.citebot.cli;

import dev.citebot.article.ArticleSummary;
import dev.citebot.store.h2.H2ArticleStore;
import dev.citebot.store.h2.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar ingest} of 100 generated articles, killed with SIGKILL (kill -9) at three
 * moments and run again on the same database each time: every article reported "ingested #N" is stored as #N,
 * ids run on (a kill leaves at most one number unused: the article it cut off), and the last run completes the
 * set.
 */
class IngestCrashIT {
    private static final Pattern INGESTED = Pattern.compile("^ingested #(\\d+) “([^”]+)”", Pattern.MULTILINE);
    private static final int ARTICLES = 100;
    private static final String[] NAMES = {"Ana Ruiz", "Tomas Berg", "Leila Haddad", "Owen Price", "Mira Sato"};

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void everyArticleReportedIngestedSurvivesAKillNineAndIdsDoNotJump() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(articles.resolve(String.format("a%03d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
        Map<Long, String> reported = new TreeMap<>();
        int kills = 0;
        for (int killAfter : new int[] {3, 20, 35}) {
            Path log = dir.resolve("run-" + killAfter + ".log");
            process = IngestProcess.start(dir, log, articles);
            awaitReported(log, killAfter);
            process.destroyForcibly();
            kills++;
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reported.putAll(reported(log));
            assertStored(reported, kills);
        }
        Path last = dir.resolve("last.log");
        process = IngestProcess.start(dir, last, articles);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(last)).isZero();
        reported.putAll(reported(last));
        List<ArticleSummary> stored = assertStored(reported, kills);
        assertThat(stored).filteredOn(a -> a.title().startsWith("Harbour report ")).hasSize(ARTICLES);
    }

    /** @param kills each kill may leave one number unused: that of the article whose transaction it cut off */
    private List<ArticleSummary> assertStored(Map<Long, String> reported, int kills) {
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            List<ArticleSummary> stored = new H2ArticleStore(db).list();
            reported.forEach((id, title) -> assertThat(stored).as("reported #%d", id)
                    .anyMatch(a -> a.id() == id && a.title().equals(title)));
            long first = stored.stream().mapToLong(ArticleSummary::id).min().orElse(1);
            long last = stored.stream().mapToLong(ArticleSummary::id).max().orElse(0);
            assertThat(last - first + 1 - stored.size()).as("numbers left unused, after %d kills", kills)
                    .isBetween(0L, (long) kills);
            return stored;
        }
    }

    private static Map<Long, String> reported(Path log) throws IOException {
        Map<Long, String> found = new TreeMap<>();
        Matcher m = INGESTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
            found.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return found;
    }

    private void awaitReported(Path log, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (reported(log).size() < count) {
            assertThat(System.nanoTime()).as("%d articles reported in time", count).isLessThan(deadline);
            assertThat(process.isAlive()).as("still ingesting").isTrue();
            Thread.sleep(20);
        }
    }

    /** A made-up report: each article different, with people saying things, a few paragraphs long. */
    private static String article(int i) {
        StringBuilder text = new StringBuilder("Harbour report " + i + "\n\n");
        for (int p = 0; p < 4; p++) {
            String name = NAMES[(i + p) % NAMES.length];
            text.append(name).append(" said the pier ").append(i).append(" needed ").append(p + 2)
                    .append(" new cranes by spring. \"We cannot wait for section ").append(p)
                    .append(",\" ").append(name.split(" ")[1]).append(" told the council on day ").append(i)
                    .append(". The council delayed its vote again.\n\n");
        }
        return text.toString();
    }
}
