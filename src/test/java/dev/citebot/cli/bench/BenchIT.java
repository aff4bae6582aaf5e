package dev.citebot.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of {@code bench} on tiny inputs: two small articles of our own, a two-question QA file, one size
 * beyond the real passages and one cold-start process. Checks what the run reports, never how fast it was.
 */
class BenchIT {
    private static final String PIER = """
            Harbour Plans Stall

            The harbour board said on Monday that the new pier would be delayed until the spring.

            “We will not cut corners on safety,” said Ann Lee, the board's chair. The mayor disagreed with the delay.
            """;
    private static final String FERRY = """
            Ferry Fares Rise

            Ferry fares will rise by ten percent in April, the operator announced on Tuesday.

            “Fuel costs have doubled since last year,” said Omar Haddad, the operator's finance director.
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTinyRunReportsEverySectionAtTheRequestedSize() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("pier.txt"), PIER);
        Files.writeString(articles.resolve("ferry.txt"), FERRY);
        Path qa = Files.writeString(dir.resolve("qa.jsonl"), """
                {"id":"q1","question":"Who said they would not cut corners on safety?","answerable":true,"quote_contains":["cut corners"],"speaker_any":["Lee"]}
                {"id":"q2","question":"What is the population of Lisbon?","answerable":false}
                """);
        Path whoSaid = Files.writeString(dir.resolve("whosaid.jsonl"), """
                {"id":"w1","question":"Who said “Fuel costs have doubled since last year”?","answerable":true,"quote_contains":["Fuel costs have doubled"],"speaker_any":["Haddad"]}
                """);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"bench", "--json", "--sizes", "200", "--cold-start-runs", "1",
                        "--jvm-option=-Xss2m", "--articles", articles.toString(), "--qa", qa.toString(),
                        "--whosaid", whoSaid.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir.resolve(".env"));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode r = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(r.path("articles").asInt()).isEqualTo(2);
        assertThat(r.path("sentences").asInt()).isBetween(4, 8);
        assertThat(r.path("raw_embed_sentences_per_s").asDouble()).isPositive();
        assertThat(r.path("ingest_ratio").asDouble()).isPositive();
        assertThat(r.path("seed_total").asInt()).isEqualTo(2);
        assertThat(r.path("whosaid_total").asInt()).isEqualTo(1);
        assertThat(r.path("seed_correct").asInt()).isBetween(0, 2);
        assertThat(r.path("baseline_seed_correct").asInt()).as("the baseline never refuses").isLessThanOrEqualTo(1);
        assertThat(r.path("baseline_chunks").asInt()).isPositive();
        JsonNode size = r.path("sizes").get(0);
        assertThat(r.path("sizes")).hasSize(1);
        assertThat(size.path("passages").asInt()).isEqualTo(200);
        assertThat(size.path("synthetic_passages").asInt()).isPositive().isLessThan(200);
        for (String field : new String[]{"search_p50_ms", "baseline_search_p50_ms", "speedup", "ask_p50_ms",
                "ask_p95_ms", "ask_p99_ms"}) {
            assertThat(size.path(field).asDouble()).as(field).isPositive();
        }
        assertThat(r.path("cold_start_passages").asInt()).isEqualTo(200);
        assertThat(r.path("cold_start_ms").asDouble()).isPositive();
        assertThat(r.path("cold_start_first_ms").asDouble()).as("the launch before the runs").isPositive();
        assertThat(r.path("cold_start_jvm_options")).hasSize(1);
        assertThat(r.path("cold_start_jvm_options").get(0).asText()).isEqualTo("-Xss2m");
        assertThat(r.path("heap_used_mb").asDouble()).isPositive();
        assertThat(r.path("note").asText()).contains("synthetic").contains("random vectors");
    }

    @Test
    void theColdStartsJvmsGetTheJvmOptionsAndOneTheJvmRefusesFailsTheRunWithItsReason() throws IOException {
        Path qa = pierWithOneQuestion();

        Run run = bench("--sizes", "60", "--cold-start-runs", "1", "--jvm-option=-XX:+NoSuchOptionForCitebot",
                "--articles", dir.resolve("articles").toString(), "--qa", qa.toString(), "--whosaid", qa.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cold-start process failed").contains("NoSuchOptionForCitebot");
    }

    @Test
    void theTableSaysWhichPassagesAreSyntheticHowTheBaselineWasJudgedAndWhereItWasNotTimed() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("pier.txt"), PIER);
        Path qa = Files.writeString(dir.resolve("qa.jsonl"),
                "{\"id\":\"q1\",\"question\":\"Who chairs the harbour board?\",\"answerable\":true,"
                        + "\"quote_contains\":[\"chair\"]}\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"bench", "--sizes", "60,120", "--baseline-max", "100", "--cold-start-runs",
                        "0", "--articles", articles.toString(), "--qa", qa.toString(), "--whosaid", qa.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(),
                dir.resolve(".env"));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(table).contains("| 120 (").contains("synthetic passages").contains("first retrieved chunk")
                .doesNotContain("cold start");
        assertThat(table.lines().filter(line -> line.startsWith("| 60 (")).findFirst().orElseThrow())
                .as("the baseline is timed up to --baseline-max").doesNotContain("not timed");
        assertThat(table.lines().filter(line -> line.startsWith("| 120 (")).findFirst().orElseThrow())
                .as("and not beyond").contains("not timed");
    }

    @Test
    void theLargeRunReportsTheIngestPhaseByPhaseAndAnswerTimesWithoutAndWithTheArticle() throws IOException {
        Path qa = pierWithOneQuestion();

        Run run = bench("--large", "--large-bytes", "30000", "--json", "--cold-start-runs", "0",
                "--articles", dir.resolve("articles").toString(), "--qa", qa.toString(), "--whosaid", qa.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = json.readTree(run.out());
        int sentences = r.path("sentences").asInt();
        assertThat(r.path("bytes").asInt()).isBetween(29_000, 30_000);
        assertThat(sentences).isBetween(150, 300);
        assertThat(r.path("distinct_sentences").asInt()).isBetween(sentences * 99 / 100, sentences);
        assertThat(r.path("tokens").asLong()).isGreaterThan(10L * sentences);
        assertThat(r.path("base_articles").asInt()).as("the seed article and pier.txt").isEqualTo(2);
        for (String field : new String[]{"raw_embed_sentences_per_s", "raw_embed_cpu_ms_per_sentence",
                "embedding_floor_s", "ingest_s", "ingest_cpu_s", "embed_s", "attributions_s", "peak_rss_mb",
                "ask_p50_ms_without", "ask_p50_ms_with", "ask_p95_ratio", "first_ask_after_ingest_ms"}) {
            assertThat(r.path(field).asDouble()).as(field).isPositive();
        }
        assertThat(r.path("embed_s").asDouble()).isLessThan(r.path("ingest_s").asDouble());
        assertThat(r.path("questions_timed").asInt()).isEqualTo(2);
        assertThat(r.has("cold_start_ms")).isFalse();
        assertThat(run.err())
                .contains("large-article.txt: " + String.format("%,d of %,d", sentences, sentences))
                .contains("large-article.txt: finding who said what");
    }

    @Test
    void aLargeArticleOverTheLimitIsRefused() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path qa = Files.writeString(dir.resolve("qa.jsonl"), "{\"id\":\"q\",\"question\":\"Who?\"}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"bench", "--large", "--large-bytes", "6000000", "--articles",
                        articles.toString(), "--qa", qa.toString(), "--whosaid", qa.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                dir.resolve(".env"));

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--large-bytes must be 1 to 5242880");
    }

    /** {@code articles/pier.txt}, and a QA file with one question about it; returns the QA file. */
    private Path pierWithOneQuestion() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("pier.txt"), PIER);
        return Files.writeString(dir.resolve("qa.jsonl"), """
                {"id":"q1","question":"Who said they would not cut corners on safety?","answerable":true,"quote_contains":["cut corners"],"speaker_any":["Lee"]}
                """);
    }

    private Run bench(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] line = new String[args.length + 1];
        line[0] = "bench";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = Main.run(line, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), dir.resolve(".env"));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
