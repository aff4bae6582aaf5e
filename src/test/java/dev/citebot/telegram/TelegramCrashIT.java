package dev.citebot.telegram;

import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2UpdateInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar target/citebot.jar} as a bot, killed with SIGKILL (kill -9) while it has a backlog of
 * questions, then started again on the same database: every question is answered, the ones the first process
 * had received but not answered by the second, and none twice except a reply in flight at the kill (Telegram
 * recorded it, the killed process never learned) or accepted in the few milliseconds before the kill, before the
 * first process marked its update done.
 */
class TelegramCrashIT {
    private static final String TOKEN = "987654321:" + "AAH-crash-it-token_abcdefghijklmnopq";
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final int CHATS = 10;
    private static final int PER_CHAT = 4;

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
    void killNineWithABacklogLosesNoQuestionAndTheRestartAnswersTheRest() throws Exception {
        process = start(dir.resolve("first.log"));
        api.await("getUpdates", c -> true, 1, STARTUP);
        api.delay("sendMessage", Duration.ofMillis(150));
        List<Integer> questions = new ArrayList<>();
        int update = 1;
        for (int round = 0; round < PER_CHAT; round++) {
            for (int chat = 0; chat < CHATS; chat++) {
                int messageId = 10 + update;
                api.queue(Updates.text(update++, 3000 + chat, messageId, "What did Dmitry Peskov say?"));
                questions.add(messageId);
            }
        }
        api.await("sendMessage", FakeBotApi.Call::delivered, 5, Duration.ofSeconds(60));
        api.await("getUpdates", c -> c.body().path("offset").asInt() > questions.size(), 1, Duration.ofSeconds(30));
        long killedAt = System.nanoTime();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        long inFlight = api.calls("sendMessage").stream().filter(c -> c.inFlightAt(killedAt)).count();
        Set<Integer> pendingAtKill = pendingMessageIds();
        int answeredBefore = answered(questions);
        assertThat(answeredBefore).as("the kill came with a backlog").isLessThan(questions.size());

        process = start(dir.resolve("second.log"));
        for (int q : questions) {
            api.await("sendMessage", c -> c.repliesTo(q) && c.delivered(), 1, STARTUP);
        }

        List<Integer> twice = questions.stream().filter(q -> made(q) > 1).toList();
        System.out.printf("kill -9: %d questions, %d answered before the kill, %d replies in flight at it,"
                + " %d not marked done at it, 0 lost, %d sent twice%n", questions.size(), answeredBefore, inFlight,
                pendingAtKill.size(), twice.size());
        assertThat(twice).as("sent twice only if Telegram accepted the reply but the update was not yet marked"
                + " done when the process was killed").allMatch(pendingAtKill::contains);
        assertThat(questions).allMatch(q -> made(q) <= 2);
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            assertThat(new H2UpdateInbox(db).pending(FakeBotApi.BOT_ID)).isEmpty();
        }
        String output = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
        assertThat(output).contains("resuming").doesNotContain(TOKEN);
    }

    /** The message ids of the updates the killed process had not marked done. */
    private Set<Integer> pendingMessageIds() {
        try (Database db = Database.open(dir.resolve("db/citebot"))) {
            return new H2UpdateInbox(db).pending(FakeBotApi.BOT_ID).stream()
                    .map(i -> (int) i.updateId() + 10).collect(Collectors.toSet());
        }
    }

    private int answered(List<Integer> questions) {
        return (int) questions.stream().filter(q -> made(q) > 0).count();
    }

    private long made(int question) {
        return api.calls("sendMessage").stream().filter(c -> c.repliesTo(question) && c.messageId() != 0).count();
    }

    private Process start(Path log) throws IOException {
        return BotProcess.start(dir, dir.resolve("db/citebot"), log, TOKEN, api);
    }
}
