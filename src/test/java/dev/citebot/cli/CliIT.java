package dev.citebot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end: real H2 file, real embedding model, real streams. */
class CliIT {
    private static final String ARTICLE = """
            Harbour Plans Stall

            The harbour board said on Monday that the new pier would be delayed.

            “We will not cut corners,” said Ann Lee, the board's chair. The mayor disagreed.
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\n"));
        }
    }

    private Run chat(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("CITEBOT_DB", dir.resolve("db/citebot").toString()), dir.resolve(".env"));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return chat("", args);
    }

    @BeforeEach
    void firstStart() {
        Run articles = run("articles");
        assertThat(articles.exit()).isZero();
        assertThat(articles.out()).contains("Kiev’s Allies Withdraw Support for Troop Deployment in Ukraine");
    }

    @Test
    void ingestsAFileOnceAndSaysSoTheSecondTime() throws IOException {
        Path file = Files.writeString(dir.resolve("harbour.txt"), ARTICLE);

        Run first = run("ingest", file.toString());
        Run second = run("ingest", file.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("ingested #2 “Harbour Plans Stall”");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("already ingested as #2");
        assertThat(run("articles", "--json").lines()).hasSize(2);
    }

    @Test
    void theConsoleChatNamesTenArticlesAndCountsTheRestWhileArticlesListsAll() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 1; i <= 11; i++) {
            Files.writeString(folder.resolve("harbour-" + i + ".txt"),
                    ARTICLE.replace("Harbour Plans Stall", "Harbour Plans Stall, Part " + i)
                            .replace("Monday", "day " + i));
        }
        assertThat(run("ingest", folder.toString()).exit()).isZero();

        Run r = chat("/articles\n/quit\n");

        String greeting = r.out().substring(0, r.out().indexOf("Try:"));
        assertThat(greeting).contains("#10 ").doesNotContain("#11 ").contains("… and 2 more");
        assertThat(r.out().substring(r.out().indexOf("Try:"))).contains("#11 ", "#12 ");
    }

    @Test
    void aFolderIsIngestedWithUnsupportedFilesSkippedAndNoted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("harbour.txt"), ARTICLE);
        Files.writeString(folder.resolve("notes.pdf"), "%PDF-1.4");

        Run r = run("ingest", folder.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("notes.pdf");
        assertThat(r.out()).contains("Harbour Plans Stall");
    }

    @Test
    void badInputGetsOneClearLineANonZeroExitAndChangesNothing() throws IOException {
        String before = run("articles", "--json").out();
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = Files.writeString(dir.resolve("huge.txt"), "word ".repeat(1_100_000));
        Path missing = dir.resolve("missing.txt");

        for (Path bad : List.of(empty, binary, latin1, huge, missing)) {
            Run r = run("ingest", good.toString(), bad.toString());
            assertThat(r.exit()).as(bad.toString()).isNotZero();
            assertThat(r.err().strip()).as(bad.toString()).contains(bad.getFileName().toString()).doesNotContain("\n");
            assertThat(r.out()).as(bad.toString()).isEmpty();
        }
        assertThat(run("articles", "--json").out()).isEqualTo(before);
    }

    @Test
    void anEmptyQuestionIsRefusedWithANonZeroExit() {
        Run r = run("ask", "   ");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("question is empty");
    }

    @Test
    void askJsonPrintsOnlyJsonAndQuotesAreExactOffsets() throws IOException {
        Run r = run("ask", "--json", "What", "did", "Dmitry", "Peskov", "say?");

        assertThat(r.exit()).isZero();
        JsonNode answer = json.readTree(r.out());
        assertThat(r.lines()).hasSize(1);
        assertThat(answer.get("answered").asBoolean()).isTrue();
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("millis").isNumber()).isTrue();
        JsonNode quote = answer.get("quotes").get(0);
        assertThat(quote.fieldNames()).toIterable().containsExactly("article_id", "article_title", "source",
                "paragraph", "start", "end", "text", "speaker", "role");
        assertThat(storedText(quote.get("article_id").asLong()).substring(quote.get("start").asInt(),
                quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
    }

    @Test
    void batchAnswersEveryLineInOrderEchoingIds() throws IOException {
        Path batch = Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "a", "question": "What did Shoigu warn about?"}
                {"id": "b", "question": "What is the population of Kyiv?"}
                {"id": "c", "question": "Which countries are unwilling to commit?", "article": 1}
                """);

        Run r = run("ask", "--json", "--batch", batch.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(3);
        List<JsonNode> answers = r.lines().stream().map(this::parse).toList();
        assertThat(answers).extracting(a -> a.get("id").asText()).containsExactly("a", "b", "c");
        assertThat(answers).extracting(a -> a.get("answered").asBoolean()).containsExactly(true, false, true);
    }

    @Test
    void batchLinesOfWrongTypesOrBadUtf8GetAnErrorLineAndTheOthersAreAnswered() throws IOException {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'u', '"', ',', (byte) 0xC3, (byte) 0x28, '}', '\n'};
        String good = "{\"id\": \"ok\", \"question\": \"What did Shoigu warn about?\"}\n";
        Path batch = dir.resolve("typed.jsonl");
        Files.write(batch, concat(("""
                {"id": "q", "question": 42}
                {"id": "f", "question": "What did Shoigu warn about?", "article": 1.7}
                {"id": "s", "question": "What did Shoigu warn about?", "article": "one"}
                ["not", "an", "object"]
                """ + good).getBytes(StandardCharsets.UTF_8), bad));

        Run r = run("ask", "--json", "--batch", batch.toString());

        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> lines = r.lines().stream().map(this::parse).toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 4)).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(0).get("error").asText()).isEqualTo("\"question\" must be a string");
        assertThat(lines.get(1).get("error").asText()).startsWith("\"article\" must be a whole number");
        assertThat(lines.get(2).get("error").asText()).startsWith("\"article\" must be a whole number");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("each line must be a JSON object");
        assertThat(lines.get(4).get("id").asText()).isEqualTo("ok");
        assertThat(lines.get(4).get("answered").asBoolean()).isTrue();
        assertThat(lines.get(5).get("line").asInt()).isEqualTo(6);
        assertThat(lines.get(5).get("error").asText()).isEqualTo("not valid UTF-8");
        assertThat(lines).allMatch(l -> l.has("id"));
        assertThat(r.err()).contains("5 batch line(s) could not be answered");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void anUnknownArticleIsAnError() {
        Run r = run("ask", "--article", "99", "What happened?");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no article #99");
    }

    @Test
    void theConsoleChatAnswersUntilQuit() {
        Run r = chat("What did Shoigu warn about?\n/quit\nWhat did Peskov say?\n");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Sergey Shoigu").contains("could lead to a global conflict").contains("Bye.");
        assertThat(r.out()).doesNotContain("Dmitry Peskov, Kremlin spokesman");
    }

    @Test
    void evalPrintsTotals() throws IOException {
        Path qa = Files.writeString(dir.resolve("qa.jsonl"), """
                {"id":"x1","question":"What did Shoigu warn about?","answerable":true,"quote_contains":["global conflict"],"speaker_any":["Shoigu"]}
                {"id":"x2","question":"What is the population of Kyiv?","answerable":false}
                """);

        Run r = run("eval", qa.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok   x1").contains("ok   x2").contains("2/2 correct");
    }

    private JsonNode parse(String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private String storedText(long articleId) {
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            return new H2ArticleStore(db).find(articleId).orElseThrow().text();
        }
    }
}
