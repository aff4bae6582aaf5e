package dev.citebot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer rules for questions in the reader's own words, end to end on a real H2 file with the real embedding
 * model and attribution index, over an article written for this test.
 */
class AnswerRulesIT {
    private static final String ARTICLE = """
            Harbour board delays the new ferry pier

            The harbour board voted on Tuesday to delay the new ferry pier until the spring of 2027.

            Mayor Ida Brandt told the Coastal Herald that the delay would save the town money. "We will not build \
            a pier we cannot pay for," Brandt said.

            The board kept three duties for itself. These were dredging, lighthouse repairs and the night ferry.

            Fishermen have long asked for a second slipway, which the board has refused to fund.

            Councillor Aksel Berg, who sits on the board, made a similar promise.

            The dredging plan was drawn up by harbour master Lena Voss and her two deputies.
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private long articleId;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("CITEBOT_DB", dir.resolve("db/citebot").toString()), dir.resolve(".env"));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void ingest() throws IOException {
        Path file = dir.resolve("harbour.txt");
        Files.writeString(file, ARTICLE);
        run("ingest", file.toString());
        for (String line : run("articles", "--json").split("\n")) {
            JsonNode a = json.readTree(line);
            if (a.path("title").asText().startsWith("Harbour board")) {
                articleId = a.path("id").asLong();
            }
        }
        assertThat(articleId).isPositive();
    }

    private JsonNode ask(String question) throws IOException {
        return json.readTree(run("ask", "--json", "--article", Long.toString(articleId), question));
    }

    @Test
    void whatDidXSayIsAnsweredWithHerOwnWordsWhateverTheVerb() throws IOException {
        for (String q : new String[]{"What did Ida Brandt say?", "What did Mayor Brandt declare?"}) {
            JsonNode a = ask(q);

            assertThat(a.path("answered").asBoolean()).as(q).isTrue();
            assertThat(a.path("quotes").get(0).path("speaker").asText()).as(q).isEqualTo("Ida Brandt");
        }
    }

    @Test
    void aSpeakerWhoseOnlyContentIsAFewWordsIsQuotedWithTheWholeSentence() throws IOException {
        JsonNode a = ask("What did Aksel Berg say?");

        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("quotes").get(0).path("text").asText())
                .isEqualTo("Councillor Aksel Berg, who sits on the board, made a similar promise.");
    }

    @Test
    void aSpeakerTheIndexDoesNotKnowIsAnsweredWithThePassageThatNamesThem() throws IOException {
        JsonNode a = ask("What did Lena Voss say?");

        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("quotes").get(0).path("text").asText()).contains("Lena Voss");
    }

    @Test
    void evalScoresSquadLinesAgainstTheArticleTheyName() throws IOException {
        Path qa = dir.resolve("squad.jsonl");
        Files.writeString(qa, """
                {"id": "a1", "question": "What three duties did the board keep?", "answerable": true, "answers": ["dredging, lighthouse repairs"], "plausible": [], "title": "Harbour board delays the new ferry pier"}
                {"id": "u1", "question": "In what year did the board first fund the slipway?", "answerable": false, "answers": [], "plausible": ["2027"], "title": "Harbour board delays the new ferry pier"}
                """);

        String out = run("eval", "--failures", qa.toString());

        assertThat(out).contains("2/2 correct", "answerable 1/1", "refusals 1/1", "answerable@3 1/1",
                "false refusals 0 (0.0 %)");
        Files.writeString(qa, """
                {"id": "x1", "question": "What?", "answerable": true, "answers": ["x"], "title": "No such article"}
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"eval", qa.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("CITEBOT_DB", dir.resolve("db/citebot").toString()), dir.resolve(".env"));
        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no article titled 'No such article'");
    }

    @Test
    void aQuestionNotInEnglishIsToldTheLanguage() throws IOException {
        JsonNode a = ask("Что сказала Брандт?");

        assertThat(a.path("answered").asBoolean()).isFalse();
        assertThat(a.path("answer").asText()).contains("in English").doesNotContain("mention");
    }

    @Test
    void aSentenceThatPointsBackComesWithTheOneItContinues() throws IOException {
        JsonNode a = ask("Which duties did the board keep for itself?");

        assertThat(a.path("answered").asBoolean()).isTrue();
        assertThat(a.path("quotes").get(0).path("text").asText())
                .isEqualTo("The board kept three duties for itself. These were dredging, lighthouse repairs and the night ferry.");
    }

    @Test
    void aQuestionWhoseNumberOrNegationTheBestPassageLacksIsRefusedWithTheClosestPassage() throws IOException {
        JsonNode year = ask("Until when did the harbour board delay the new ferry pier in 2031?");
        JsonNode negated = ask("What did the harbour board not vote on on Tuesday?");

        for (JsonNode a : new JsonNode[]{year, negated}) {
            assertThat(a.path("answered").asBoolean()).isFalse();
            assertThat(a.path("answer").asText()).contains("doesn't say");
            assertThat(a.path("quotes").size()).isEqualTo(1);
        }
    }
}
