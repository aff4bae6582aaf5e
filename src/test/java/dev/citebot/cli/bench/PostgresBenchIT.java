package dev.citebot.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
import dev.citebot.store.h2.EmbeddedPg;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench --postgres} on the embedded PostgreSQL server, on tiny inputs (two small articles of our own, three
 * questions, one size beyond the real passages, one cold-start process): the report has every figure, its correct
 * counts are those of the same run on H2 files, the databases it made are gone afterwards, one that already holds
 * articles is refused and left alone, and the password never shows. Never checks how fast anything was.
 */
class PostgresBenchIT {
    private static final String PASSWORD = "pw-Bench-7Qx-never-shown";
    private static final String ROLE = "bench_runner";
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
    private final EmbeddedPg server = EmbeddedPg.server();
    private Path articles;
    private Path qa;
    private Path whoSaid;

    @BeforeEach
    void inputsAndALoginThatMayCreateDatabases() throws IOException, SQLException {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("pier.txt"), PIER);
        Files.writeString(articles.resolve("ferry.txt"), FERRY);
        qa = Files.writeString(dir.resolve("qa.jsonl"), """
                {"id":"q1","question":"Who said they would not cut corners on safety?","answerable":true,"quote_contains":["cut corners"],"speaker_any":["Lee"]}
                {"id":"q2","question":"What is the population of Lisbon?","answerable":false}
                """);
        whoSaid = Files.writeString(dir.resolve("whosaid.jsonl"), """
                {"id":"w1","question":"Who said “Fuel costs have doubled since last year”?","answerable":true,"quote_contains":["Fuel costs have doubled"],"speaker_any":["Haddad"]}
                """);
        admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN CREATE ROLE "
                + ROLE + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'; END IF; END $$");
    }

    @Test
    void theRunOnPostgresReportsEveryFigureWithH2sCorrectCountsAndDropsItsDatabases() throws IOException,
            SQLException {
        Run h2 = bench(List.of());
        Run pg = bench(List.of("--postgres", url("pgbench_a")));

        assertThat(h2.exit()).as(h2.err()).isZero();
        assertThat(pg.exit()).as(pg.err()).isZero();
        JsonNode r = json.readTree(pg.out());
        JsonNode h = json.readTree(h2.out());
        assertThat(r.path("database").asText()).isEqualTo("PostgreSQL postgresql://" + ROLE + "@localhost:"
                + server.port() + "/pgbench_a_*");
        assertThat(h.path("database").asText()).isEqualTo("H2 files");
        for (String count : new String[]{"articles", "sentences", "seed_correct", "seed_total", "whosaid_correct",
                "whosaid_total", "baseline_seed_correct", "baseline_whosaid_correct", "baseline_chunks",
                "questions_timed"}) {
            assertThat(r.path(count).asInt()).as(count).isEqualTo(h.path(count).asInt());
        }
        assertThat(r.path("seed_total").asInt()).isEqualTo(2);
        assertThat(r.path("whosaid_total").asInt()).isEqualTo(1);
        assertThat(r.path("articles").asInt()).isEqualTo(2);
        assertThat(r.path("raw_embed_sentences_per_s").asDouble()).isPositive();
        assertThat(r.path("ingest_ratio").asDouble()).isPositive();
        JsonNode size = r.path("sizes").get(0);
        assertThat(r.path("sizes")).hasSize(1);
        assertThat(size.path("passages").asInt()).isEqualTo(200);
        assertThat(size.path("synthetic_passages").asInt()).isEqualTo(h.path("sizes").get(0)
                .path("synthetic_passages").asInt());
        for (String field : new String[]{"search_p50_ms", "baseline_search_p50_ms", "ask_p50_ms", "ask_p95_ms",
                "ask_p99_ms"}) {
            assertThat(size.path(field).asDouble()).as(field).isPositive();
        }
        assertThat(r.path("cold_start_passages").asInt()).as("the cold start opened the PostgreSQL database")
                .isEqualTo(200);
        assertThat(r.path("cold_start_ms").asDouble()).isPositive();
        assertThat(r.path("cold_start_first_ms").asDouble()).as("the launch before the runs").isPositive();
        assertThat(r.path("rss_mb").asDouble()).isPositive();
        assertThat(pg.out() + pg.err()).doesNotContain(PASSWORD);
        assertThat(databases("pgbench_a%")).as("the run drops the databases it made").isEmpty();
        Path data = Path.of("data");
        try (Stream<Path> left = Files.isDirectory(data) ? Files.list(data) : Stream.empty()) {
            assertThat(left.map(file -> file.getFileName().toString()))
                    .as("the local copies stay in the run's folder, not in ./data").noneMatch(n -> n.contains("pgbench_a"));
        }
    }

    @Test
    void aDatabaseThatHoldsArticlesIsRefusedAndLeftAsItWas() throws IOException, SQLException {
        admin("CREATE DATABASE pgbench_b_scaled");
        on("pgbench_b_scaled", "CREATE TABLE article(id BIGINT PRIMARY KEY)", "INSERT INTO article VALUES (7)",
                "GRANT SELECT ON article TO " + ROLE);

        Run run = bench(List.of("--postgres", url("pgbench_b")));

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("pgbench_b_scaled already holds 1 articles").doesNotContain(PASSWORD);
        assertThat(databases("pgbench_b%")).as("the quality database it had made is dropped again")
                .containsExactly("pgbench_b_scaled");
        assertThat(on("pgbench_b_scaled", "SELECT COUNT(*) FROM article")).isEqualTo(1);
    }

    @Test
    void aPrefixThatIsNoPlainNameIsRefusedBeforeAnythingIsMade() throws IOException {
        Run run = bench(List.of("--postgres", url("Bench-X")));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the database prefix must be lower-case letters");
    }

    private String url(String prefix) {
        return "postgresql://" + ROLE + ":" + PASSWORD + "@localhost:" + server.port() + "/" + prefix;
    }

    private Run bench(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("bench", "--json", "--sizes", "200", "--cold-start-runs", "1",
                "--articles", articles.toString(), "--qa", qa.toString(), "--whosaid", whoSaid.toString()));
        args.addAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), dir.resolve(".env"));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = server.admin().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> databases(String like) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.admin().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + like
                     + "' ORDER BY datname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Runs {@code sql} in database {@code name} as the superuser; the last statement's count, if it is a query. */
    private long on(String name, String... sql) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/" + name;
        long last = -1;
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                if (s.execute(statement)) {
                    try (ResultSet rs = s.getResultSet()) {
                        rs.next();
                        last = rs.getLong(1);
                    }
                }
            }
        }
        return last;
    }
}
