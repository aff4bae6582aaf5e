package dev.citebot.telegram;

import dev.citebot.store.UpdateInbox;
import dev.citebot.store.h2.H2UpdateInbox;

import dev.citebot.store.h2.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar} with a token set, as an operator runs it, against the fake Bot API:
 * it answers, and SIGTERM lets the answer in flight finish, closes the database and exits 0 — with the token
 * nowhere in its output. Runs after {@code package}, which builds the jar.
 */
class TelegramProcessIT {
    private static final String TOKEN = "987654321:" + "AAH-process-it-token_abcdefghijklmnop";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Process process;

    @BeforeEach
    void startTheServer() throws IOException {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        api.close();
    }

    @Test
    void sigtermFinishesTheAnswerInFlightClosesTheDatabaseAndExitsZero() throws Exception {
        Path log = dir.resolve("citebot.log");
        process = start(log);
        api.await("getUpdates", c -> true, 1, STARTUP);
        api.delay("sendMessage", Duration.ofSeconds(2));

        api.queue(Updates.text(1, 2001, 10, "What did Dmitry Peskov say?"));
        api.await("sendChatAction", c -> c.chatId() == 2001, 1, Duration.ofSeconds(60));
        process.destroy();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(api.calls("sendMessage")).filteredOn(c -> c.repliesTo(10) && c.delivered()).hasSize(1)
                .allMatch(c -> c.text().contains("Peskov"));
        assertThat(output).contains("stopping").contains("stopped").doesNotContain(TOKEN)
                .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            assertThat(new H2UpdateInbox(db).pending(FakeBotApi.BOT_ID)).as("nothing left unanswered").isEmpty();
            assertThat(new H2UpdateInbox(db).add(FakeBotApi.BOT_ID, List.of(new UpdateInbox.Item(1, 2001, "{}"))))
                    .as("update 1 is in the inbox").isEmpty();
        }
    }

    private Process start(Path log) throws IOException {
        return BotProcess.start(dir, dir.resolve("db/citebot"), log, TOKEN, api);
    }
}
