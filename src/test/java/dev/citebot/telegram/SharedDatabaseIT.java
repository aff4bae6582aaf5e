package dev.citebot.telegram;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.article.Scope;
import dev.citebot.telegram.api.BotSettings;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One running bot, other clients: while an App (and its bot) has the database open, {@code citebot.jar articles}
 * and {@code ingest} run in other processes, and the running App answers about the article ingested there within a
 * second, without a restart. Runs after {@code package}.
 */
class SharedDatabaseIT {
    private static final Path JAR = Path.of("target", "citebot.jar");
    private static final String ARTICLE = "Tram Line Extended to the Harbour\n\n"
            + "The city will extend the number four tram line to the harbour by next autumn, the transport board"
            + " decided on Wednesday.\n\n"
            + "“Nobody should need a car to catch a ferry,” said Yusuf Demir, the board's chairman.\n\n"
            + "Demir said the new stops would be built without closing the existing line.\n";

    @TempDir
    Path dir;

    @Test
    void theCliListsAndIngestsWhileTheBotRunsAndTheBotAnswersAboutTheNewArticleWithinASecond() throws Exception {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        try (App app = TestApps.open(dir, model); FakeBotApi api = new FakeBotApi();
             TelegramBot bot = app.telegramBot(BotSettings.of(TelegramBotIT.TOKEN, api.url()))) {
            bot.start();
            app.warmUp();
            String seed = app.articles().list().get(0).title();

            Run listed = cli("articles");
            assertThat(listed.exit()).as(listed.output()).isZero();
            assertThat(listed.output()).contains(seed);

            Path file = dir.resolve("tram.txt");
            Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
            Run ingested = cli("ingest", file.toString());
            assertThat(ingested.exit()).as(ingested.output()).isZero();
            long added = System.nanoTime();

            Answer answer = app.answerer().answer("What did Yusuf Demir say?", Scope.ALL);
            while (answer.quotes().stream().noneMatch(q -> q.text().contains("ferry"))
                    && System.nanoTime() - added < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(50);
                answer = app.answerer().answer("What did Yusuf Demir say?", Scope.ALL);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - added);
            System.out.println("answered " + millis + " ms after the other process's ingest ended");
            assertThat(answer.quotes()).extracting(Quote::text).anyMatch(t -> t.contains("Nobody should need a car"));
            assertThat(millis).as("ms from the other process's ingest to the answer").isLessThan(1_000);

            int asked = 500;
            api.queue(Updates.text(1, 4001, asked, "What did Yusuf Demir say?"));
            FakeBotApi.Call reply = api.await("sendMessage", c -> c.repliesTo(asked), 1, Duration.ofSeconds(30)).get(0);
            assertThat(reply.text()).contains("Nobody should need a car to catch a ferry");
            assertThat(app.articles().list()).hasSize(2);
        }
    }

    private record Run(int exit, String output) {
    }

    private Run cli(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the jar built by mvn package").isRegularFile();
        Path log = Files.createTempFile(dir, "cli", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = Stream.concat(Stream.of(java, "-jar", JAR.toAbsolutePath().toString()), Stream.of(args))
                .toArray(String[]::new);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("CITEBOT_"));
        builder.environment().put("CITEBOT_DB", TestApps.config(dir).database().toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
