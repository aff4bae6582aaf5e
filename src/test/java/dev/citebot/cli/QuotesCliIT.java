package dev.citebot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotes}, {@code speakers} and the PolNeAR-format {@code eval} end to end, on a real H2 file. */
class QuotesCliIT {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("CITEBOT_DB", dir.resolve("db/citebot").toString()), dir.resolve(".env"));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quotesAsJsonCarryEveryFieldWithOffsetsIntoTheArticle() throws IOException {
        Run quotes = run("quotes", "--json", "--speaker", "Peskov");
        assertThat(quotes.exit()).isZero();
        assertThat(quotes.lines()).hasSize(2);
        assertThat(json.readTree(quotes.lines().get(1)).get("content").asText()).isEqualTo("This opposition");
        JsonNode q = json.readTree(quotes.lines().get(0));
        assertThat(q.get("article_id").asLong()).isEqualTo(1);
        assertThat(q.get("speaker").asText()).isEqualTo("Dmitry Peskov");
        assertThat(q.get("speaker_mention").asText()).isEqualTo("Kremlin spokesman Dmitry Peskov");
        assertThat(q.get("role").asText()).isEqualTo("Kremlin spokesman");
        assertThat(q.get("cue").asText()).isEqualTo("has accused");
        assertThat(q.get("kind").asText()).isEqualTo("mixed");
        String seed = new String(getClass().getResourceAsStream("/seed-article.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(seed.substring(q.get("content_start").asInt(), q.get("content_end").asInt()))
                .isEqualTo(q.get("content").asText());
        assertThat(seed.substring(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()))
                .isEqualTo(q.get("speaker_mention").asText());
        assertThat(seed.substring(q.get("cue_start").asInt(), q.get("cue_end").asInt())).isEqualTo("has accused");
        assertThat(q.fieldNames()).toIterable().containsExactly("article_id", "source", "speaker", "speaker_mention",
                "speaker_start", "speaker_end", "role", "cue", "cue_start", "cue_end", "content", "content_start",
                "content_end", "kind");
    }

    @Test
    void aBodyAskedForFindsTheQuotesOfItsSpokesperson() throws IOException {
        Run quotes = run("quotes", "--json", "--speaker", "the Kremlin");

        assertThat(quotes.exit()).isZero();
        assertThat(quotes.lines()).hasSize(2);
        for (String line : quotes.lines()) {
            assertThat(json.readTree(line).get("speaker").asText()).isEqualTo("Dmitry Peskov");
        }
    }

    @Test
    void quotesOfOneArticleAndSpeakersWithCounts() throws IOException {
        Path file = Files.writeString(dir.resolve("harbour.txt"), """
                Harbour Plans Stall

                “We will not cut corners,” said Ann Lee, the board's chair. Lee said the pier would open in May.
                """);
        assertThat(run("ingest", file.toString()).exit()).isZero();

        Run quotes = run("quotes", "--article", "2");
        assertThat(quotes.lines()).hasSize(2).allMatch(l -> l.startsWith("#2 ¶1  Ann Lee"));

        Run speakers = run("speakers", "--json");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : speakers.lines()) {
            rows.add(json.readTree(line));
        }
        assertThat(rows.get(0).get("name").asText()).isIn("The Sunday Times", "Ann Lee");
        assertThat(rows.get(0).get("attributions").asInt()).isEqualTo(2);
        assertThat(rows).anyMatch(r -> r.get("name").asText().equals("Ann Lee")
                && r.get("role").asText().equals("board's chair") && r.get("attributions").asInt() == 2);
        assertThat(run("quotes", "--article", "9").exit()).isNotZero();
    }

    @Test
    void evalScoresAPolnearFolder() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        String text = "Budget Row\n\nThe mayor said the budget was balanced.\n";
        Files.writeString(corpus.resolve("text/a.txt"), text);
        int content = text.indexOf("the budget");
        int source = text.indexOf("The mayor");
        Files.writeString(corpus.resolve("attributions/a_x1.ann"), String.join("\n",
                "T1\tSource " + source + " " + (source + 9) + "\tThe mayor",
                "T2\tContent " + content + " " + (text.length() - 2) + "\tthe budget was balanced",
                "T3\tCue " + (source + 10) + " " + (source + 14) + "\tsaid",
                "E1\tAttribution:T3 Content:T2 Cue:T3 Source:T1", ""));
        Files.writeString(corpus.resolve("attributions/a_x2.ann"), "");

        Run eval = run("eval", corpus.toString());

        assertThat(eval.exit()).isZero();
        assertThat(eval.out()).contains("attributions: 1 predicted, 1 gold")
                .contains("content (overlap):     P 1.000  R 1.000  F1 1.000")
                .contains("end to end:            P 1.000  R 1.000  F1 1.000");
    }
}
