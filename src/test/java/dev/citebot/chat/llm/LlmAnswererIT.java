package dev.citebot.chat.llm;

import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.CitedPassage;
import dev.citebot.store.h2.H2ChatMemoryStore;
import dev.citebot.chat.Conversations;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.config.LlmSettings;
import dev.citebot.config.Secret;
import dev.citebot.chat.llm.FakeModelServer.Behaviour;
import dev.citebot.chat.llm.FakeModelServer.Protocol;
import dev.citebot.article.Scope;
import dev.citebot.store.h2.Database;
import dev.citebot.article.StoredArticle;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LLM answers end to end: the real LangChain4j OpenAI and Ollama clients against fake servers on 127.0.0.1,
 * the real embedding model, a real H2 database with the seed article.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LlmAnswererIT {
    private static final String QUESTION = "What did Dmitry Peskov say?";
    private static final String PESKOV_WORDS = "militaristic [and] confrontational";
    private static final String MODEL = "fake-model";
    private static final String KEY = "sk-test-7Q2pX9vLr4KfZ0aBcDeFgHiJ";
    private static final Duration SHORT = Duration.ofMillis(400);

    private EmbeddingModel embeddings;

    @BeforeAll
    void loadTheEmbeddingModel() {
        embeddings = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private App open(Path dir, LlmSettings llm) {
        return new App(TestApps.config(dir).withLlm(llm), embeddings);
    }

    private static LlmSettings settings(Protocol protocol, URI baseUrl, Duration timeout) {
        return protocol == Protocol.OPENAI
                ? LlmSettings.openAi(baseUrl, Optional.of(new Secret(KEY)), MODEL, timeout)
                : LlmSettings.ollama(baseUrl, MODEL, timeout);
    }

    /** A model that quotes Peskov's passage correctly, then adds {@code extra(passages, n)}. */
    private static Function<String, String> quotingPeskov(Extra extra) {
        return prompt -> {
            PromptPassages p = new PromptPassages(prompt);
            int n = p.numberOf("Peskov");
            return "Dmitry Peskov accused European NATO members of pursuing a \"'militaristic [and] confrontational' "
                    + "course\" [" + extra.marker(p, n) + "]." + extra.more(p, n);
        };
    }

    private interface Extra {
        default int marker(PromptPassages p, int n) {
            return n;
        }

        default String more(PromptPassages p, int n) {
            return "";
        }
    }

    private ChatAnswer ask(Protocol protocol, Path dir, Function<String, String> brain) throws IOException {
        try (FakeModelServer server = new FakeModelServer(protocol).replying(brain);
             App app = open(dir, settings(protocol, server.baseUrl(), LlmSettings.DEFAULT_TIMEOUT))) {
            ChatAnswer answer = app.chatAnswerer().answer(null, QUESTION, Scope.ALL);
            for (Quote q : answer.answer().quotes()) {
                StoredArticle article = app.articles().find(q.articleId()).orElseThrow();
                assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
            }
            assertThat(server.requests()).hasSize(1);
            return answer;
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aTrueQuoteIsKeptWithItsOffsets(Protocol protocol, @TempDir Path dir) throws IOException {
        ChatAnswer chat = ask(protocol, dir, quotingPeskov(new Extra() { }));

        Answer a = chat.answer();
        assertThat(a.mode()).isEqualTo(LlmAnswerer.MODE);
        assertThat(chat.model()).contains(MODEL);
        assertThat(a.answered()).isTrue();
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("‘" + PESKOV_WORDS + "’ course");
            assertThat(q.speaker()).isEqualTo("Dmitry Peskov");
        });
        assertThat(a.text()).contains("“‘" + PESKOV_WORDS + "’ course” [").contains("Dmitry Peskov, ");
        assertThat(chat.rejected()).isEmpty();
        assertThat(chat.byModel()).hasValueSatisfying(m -> {
            assertThat(m.spans()).isEqualTo(a.quotes());
            assertThat(m.cited()).extracting(CitedPassage::number).contains(m.quotes().get(0).passage());
            assertThat(m.cited()).anySatisfy(p -> assertThat(p.speaker()).isEqualTo("Dmitry Peskov"));
            assertThat(a.text()).isEqualTo(m.text());
        });
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aFabricatedQuoteIsRemovedAndListed(Protocol protocol, @TempDir Path dir) throws IOException {
        ChatAnswer chat = ask(protocol, dir, quotingPeskov(new Extra() {
            @Override
            public String more(PromptPassages p, int n) {
                return " He added that \"NATO has already lost this war\" [" + n + "].";
            }
        }));

        assertThat(chat.answer().mode()).isEqualTo(LlmAnswerer.MODE);
        assertThat(chat.rejected()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("NATO has already lost this war");
            assertThat(r.cited()).isPositive();
        });
        assertThat(chat.answer().text()).doesNotContain("already lost").contains(QuoteVerifier.REMOVED);
        assertThat(chat.answer().quotes()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aWrongMarkerIsCorrected(Protocol protocol, @TempDir Path dir) throws IOException {
        int[] numbers = new int[2];
        ChatAnswer chat = ask(protocol, dir, quotingPeskov(new Extra() {
            @Override
            public int marker(PromptPassages p, int n) {
                numbers[0] = n;
                numbers[1] = p.otherThan(n);
                return numbers[1];
            }
        }));

        assertThat(chat.answer().text()).contains("course” [" + numbers[0] + "]")
                .doesNotContain("course” [" + numbers[1] + "]");
        assertThat(chat.answer().quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Dmitry Peskov");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aMarkerToAMissingPassageIsDropped(Protocol protocol, @TempDir Path dir) throws IOException {
        int[] missing = new int[1];
        ChatAnswer chat = ask(protocol, dir, quotingPeskov(new Extra() {
            @Override
            public String more(PromptPassages p, int n) {
                missing[0] = p.count() + 3;
                return " Russia opposes NATO troops [" + missing[0] + "].";
            }
        }));

        assertThat(chat.answer().mode()).isEqualTo(LlmAnswerer.MODE);
        assertThat(missing[0]).isGreaterThan(3);
        assertThat(chat.answer().text()).contains("Russia opposes NATO troops.").doesNotContain("[" + missing[0] + "]");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void thePromptNumbersThePassagesAndAsksForQuotedMarkers(Protocol protocol, @TempDir Path dir) throws IOException {
        try (FakeModelServer server = new FakeModelServer(protocol).replying(quotingPeskov(new Extra() { }));
             App app = open(dir, settings(protocol, server.baseUrl(), LlmSettings.DEFAULT_TIMEOUT))) {
            app.chatAnswerer().answer(null, QUESTION, Scope.ALL);

            FakeModelServer.Request request = server.requests().get(0);
            assertThat(request.system()).contains("double quotes").contains("language of the question");
            assertThat(request.user()).startsWith("Passages:\n[1] (Kiev’s Allies").contains("\n[2] (")
                    .contains("speaker: Dmitry Peskov, Kremlin spokesman").endsWith("Question: " + QUESTION);
            assertThat(request.body().path("model").asText()).isEqualTo(MODEL);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void http500FallsBackToTheExtractiveAnswer(Protocol protocol, @TempDir Path dir) throws IOException {
        try (FakeModelServer server = new FakeModelServer(protocol).behaving(Behaviour.FAIL_500)) {
            assertFallsBack(dir, settings(protocol, server.baseUrl(), LlmSettings.DEFAULT_TIMEOUT), "HTTP 500");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aTimeoutFallsBackToTheExtractiveAnswer(Protocol protocol, @TempDir Path dir) throws IOException {
        try (FakeModelServer server = new FakeModelServer(protocol).behaving(Behaviour.HANG)) {
            assertFallsBack(dir, settings(protocol, server.baseUrl(), SHORT), "the model failed");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aRefusedConnectionFallsBackToTheExtractiveAnswer(Protocol protocol, @TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + port + (protocol == Protocol.OPENAI ? "/v1" : ""));
        assertFallsBack(dir, settings(protocol, nobody, LlmSettings.DEFAULT_TIMEOUT), "the model failed");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aReplyWithoutVerifiableQuotesFallsBack(Protocol protocol, @TempDir Path dir) throws IOException {
        try (FakeModelServer server = new FakeModelServer(protocol)
                .replying(prompt -> "Peskov said \"NATO has already lost this war\" [1].")) {
            assertFallsBack(dir, settings(protocol, server.baseUrl(), LlmSettings.DEFAULT_TIMEOUT), "verified");
        }
    }

    private void assertFallsBack(Path dir, LlmSettings llm, String reason) {
        try (LogCapture logs = new LogCapture(); App app = open(dir, llm)) {
            ChatAnswer chat = app.chatAnswerer().answer(null, QUESTION, Scope.ALL);

            assertThat(chat.answer().mode()).isEqualTo("extractive");
            assertThat(chat.model()).isEmpty();
            assertThat(chat.rejected()).isEmpty();
            assertThat(chat.answer().text()).isEqualTo(app.answerer().answer(QUESTION, Scope.ALL).text());
            assertThat(chat.answer().quotes()).isNotEmpty();
            assertThat(logs.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("answering extractively")
                    && l.contains(reason));
        }
    }

    @Test
    void memorySurvivesARestartAndAnExtractiveFollowUpUsesIt(@TempDir Path dir) {
        try (App app = open(dir, LlmSettings.NONE)) {
            ChatAnswer first = app.chatAnswerer().answer("chat-1", QUESTION, Scope.ALL);
            assertThat(first.answer().quotes().get(0).speaker()).isEqualTo("Dmitry Peskov");
        }
        try (App app = open(dir, LlmSettings.NONE)) {
            ChatAnswer followUp = app.chatAnswerer().answer("chat-1", "What else did he say?", Scope.ALL);
            ChatAnswer stranger = app.chatAnswerer().answer("chat-2", "What else did he say?", Scope.ALL);

            assertThat(followUp.standalone()).isEqualTo("What else did Dmitry Peskov say?");
            assertThat(followUp.answer().mode()).isEqualTo("extractive");
            assertThat(followUp.answer().text()).contains("Dmitry Peskov");
            assertThat(stranger.standalone()).isEqualTo("What else did he say?");
        }
    }

    @Test
    void anExtractiveItFollowUpStaysInThePreviousAnswersArticle(@TempDir Path dir) {
        String harbour = """
                Harbour Plans Stall

                The harbour board said on Monday that the new pier would be delayed by a year.

                “We will not cut corners,” said Ann Lee, the board’s chair. The mayor called the delay a scandal.
                """;
        try (App app = open(dir, LlmSettings.NONE)) {
            long id = app.ingestor().ingest(app.reader().parse("harbour.txt",
                    harbour.getBytes(java.nio.charset.StandardCharsets.UTF_8), "harbour.txt")).articleId();
            ChatAnswer first = app.chatAnswerer().answer("chat-1", "What did Ann Lee say?", Scope.ALL);
            ChatAnswer followUp = app.chatAnswerer().answer("chat-1", "What else does it say?", Scope.ALL);

            assertThat(first.answer().quotes().get(0).articleId()).isEqualTo(id);
            assertThat(followUp.standalone()).isEqualTo("What else does the article say?");
            assertThat(followUp.answer().quotes()).isNotEmpty()
                    .allSatisfy(q -> assertThat(q.articleId()).isEqualTo(id));
        }
    }

    @Test
    void memoryKeepsTheLastTenMessagesAndForgetEmptiesIt(@TempDir Path dir) {
        try (App app = open(dir, LlmSettings.NONE)) {
            for (int i = 0; i < 7; i++) {
                app.chatAnswerer().answer("chat-1", "Question " + i + ": " + QUESTION, Scope.ALL);
            }
            app.chatAnswerer().answer("chat-2", QUESTION, Scope.ALL);
            app.chatAnswerer().forget("chat-2");
        }
        try (Database db = Database.open(TestApps.config(dir).database())) {
            Conversations conversations = new Conversations(new H2ChatMemoryStore(db));
            assertThat(conversations.history("chat-1")).hasSize(Conversations.MAX_MESSAGES);
            assertThat(conversations.history("chat-1").get(0).toString()).contains("Question 2:");
            assertThat(conversations.history("chat-2")).isEmpty();
        }
    }

    @Test
    void theModelRewritesAFollowUpFromMemoryAfterARestart(@TempDir Path dir) throws IOException {
        String standalone = "What else did Dmitry Peskov say about NATO members?";
        Function<String, String> answering = quotingPeskov(new Extra() { });
        Function<String, String> brain = prompt -> prompt.contains("New question:") ? standalone
                : answering.apply(prompt);
        try (FakeModelServer server = new FakeModelServer(Protocol.OPENAI).replying(brain)) {
            LlmSettings llm = settings(Protocol.OPENAI, server.baseUrl(), LlmSettings.DEFAULT_TIMEOUT);
            try (App app = open(dir, llm)) {
                app.chatAnswerer().answer("chat-1", QUESTION, Scope.ALL);
            }
            ChatAnswer followUp;
            try (App app = open(dir, llm)) {
                followUp = app.chatAnswerer().answer("chat-1", "What else did he say?", Scope.ALL);
            }

            List<FakeModelServer.Request> requests = server.requests();
            assertThat(requests).hasSize(3);
            assertThat(requests.get(1).user()).contains("User: " + QUESTION).contains("AI: Dmitry Peskov accused")
                    .contains("New question: What else did he say?");
            assertThat(requests.get(2).user()).endsWith("Question: " + standalone);
            assertThat(followUp.standalone()).isEqualTo(standalone);
            assertThat(followUp.answer().mode()).isEqualTo(LlmAnswerer.MODE);
        }
    }

    @Test
    void theApiKeyIsInNoLogLine(@TempDir Path dir) throws IOException {
        List<String> lines;
        try (FakeModelServer server = new FakeModelServer(Protocol.OPENAI)) {
            try (LogCapture logs = new LogCapture();
                 App app = open(dir, settings(Protocol.OPENAI, server.baseUrl(), SHORT))) {
                server.replying(quotingPeskov(new Extra() { }));
                app.chatAnswerer().answer("chat-1", QUESTION, Scope.ALL);
                server.behaving(Behaviour.FAIL_500);
                app.chatAnswerer().answer("chat-1", "What else did he say?", Scope.ALL);
                server.behaving(Behaviour.HANG);
                app.chatAnswerer().answer(null, QUESTION, Scope.ALL);
                lines = logs.lines();
            }
            assertThat(server.requests()).extracting(FakeModelServer.Request::authorization)
                    .hasSize(3).containsOnly("Bearer " + KEY);
        }
        assertThat(lines).anyMatch(l -> l.contains("answering extractively") && l.contains("Bearer ****"));
        assertThat(lines).noneMatch(l -> l.contains(KEY));
    }
}
