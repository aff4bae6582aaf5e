package dev.citebot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.Main;
import dev.citebot.chat.llm.FakeModelServer;
import dev.citebot.chat.llm.PromptPassages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ask --chat} and LLM mode on the command line: real H2 file, real embedding model, a fake model server. */
class AskChatIT {
    private static final String KEY = "sk-cli-test-Zr8wQ1nM5tYb3VcXk";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("CITEBOT_DB", dir.resolve("db/citebot").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, dir.resolve(".env"));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private JsonNode ask(Map<String, String> env, String... args) throws IOException {
        Run r = run(env, args);
        assertThat(r.exit()).as(r.err()).isZero();
        return json.readTree(r.out());
    }

    @Test
    void aChatRemembersTheSpeakerAcrossRunsUntilNew() throws IOException {
        JsonNode first = ask(Map.of(), "ask", "--json", "--chat", "c1", "What did Dmitry Peskov say?");
        JsonNode followUp = ask(Map.of(), "ask", "--json", "--chat", "c1", "What else did he say?");
        JsonNode fresh = ask(Map.of(), "ask", "--json", "--chat", "c1", "--new", "What else did he say?");

        assertThat(first.has("standalone_question")).isFalse();
        assertThat(followUp.path("question").asText()).isEqualTo("What else did he say?");
        assertThat(followUp.path("standalone_question").asText()).isEqualTo("What else did Dmitry Peskov say?");
        assertThat(followUp.path("mode").asText()).isEqualTo("extractive");
        assertThat(followUp.has("rejected_quotes")).isFalse();
        assertThat(fresh.has("standalone_question")).isFalse();
        List<String> shownFirst = new ArrayList<>();
        first.path("quotes").forEach(q -> shownFirst.add(q.path("text").asText()));
        assertThat(shownFirst).isNotEmpty();
        followUp.path("quotes").forEach(q -> assertThat(shownFirst).doesNotContain(q.path("text").asText()));
        if (!followUp.path("answered").asBoolean()) {
            assertThat(followUp.path("answer").asText()).isEqualTo("That is all the article quotes Dmitry Peskov as saying.");
        }
    }

    @Test
    void newWithoutAChatIsAUsageError() {
        Run r = run(Map.of(), "ask", "--new", "What did Dmitry Peskov say?");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--new needs --chat");
    }

    @Test
    void llmModeReportsTheModelAndRejectedQuotes() throws IOException {
        try (FakeModelServer server = new FakeModelServer(FakeModelServer.Protocol.OPENAI).replying(prompt -> {
            int n = new PromptPassages(prompt).numberOf("Peskov");
            return "Peskov spoke of a \"'militaristic [and] confrontational' course\" [" + n + "] and said "
                    + "\"Europe must surrender\" [" + n + "].";
        })) {
            Map<String, String> env = Map.of("CITEBOT_LLM", "openai", "OPENAI_BASE_URL", server.baseUrl().toString(),
                    "OPENAI_API_KEY", KEY, "OPENAI_MODEL", "fake-model");
            Run r = run(env, "ask", "--json", "What did Dmitry Peskov say?");
            JsonNode answer = json.readTree(r.out());

            assertThat(answer.path("mode").asText()).isEqualTo("llm");
            assertThat(answer.path("model").asText()).isEqualTo("fake-model");
            assertThat(answer.path("rejected_quotes")).hasSize(1);
            assertThat(answer.path("rejected_quotes").get(0).path("text").asText()).isEqualTo("Europe must surrender");
            assertThat(answer.path("rejected_quotes").get(0).path("cited").asInt()).isPositive();
            assertThat(answer.path("quotes")).hasSize(1);
            assertThat(answer.path("quotes").get(0).path("text").asText())
                    .contains("militaristic [and] confrontational");
            assertThat(answer.path("answer").asText()).doesNotContain("surrender");
            assertThat(r.out() + r.err()).doesNotContain(KEY);
        }
    }
}
