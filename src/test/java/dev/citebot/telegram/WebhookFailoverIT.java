package dev.citebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.config.PostgresSettings;
import dev.citebot.store.h2.EmbeddedPg;
import dev.citebot.telegram.render.BotTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot processes ({@code java -jar target/citebot.jar}) in webhook mode on one database — one H2 file shared
 * through H2's mixed mode, or one embedded PostgreSQL database — behind a
 * round-robin forwarder in this test (an update goes to the next instance; if that one does not answer, to the
 * other, as a reverse proxy does). Chats ask in turns; 40 % into the run instance A is killed with SIGKILL.
 * Every question must be answered exactly once, except replies Telegram accepted from A just before the kill,
 * before A marked their updates done: the survivor sends those again once A's leases expire, and they are counted
 * apart. A chat that asked A before the kill asks a follow-up after it, and B answers it from the conversation
 * kept in the database. The size is {@code -Dcitebot.failover.chats} (default 10) chats of
 * {@code -Dcitebot.failover.questions} (default 6) questions; the result goes to stdout and
 * {@code target/webhook-failover-h2.txt} and {@code -postgresql.txt}.
 */
class WebhookFailoverIT {
    private static final String TOKEN = "987654321:" + "AAH-failover-it-token_abcdefghijklmno";
    private static final String SECRET = "failover-secret_42";
    private static final int LEASE_SECONDS = 4;
    private static final String[] QUESTIONS = {"What did Dmitry Peskov say?", "What did Shoigu warn about?",
            "Who warned that NATO troops in Ukraine could lead to a global conflict?",
            "Why did the Financial Times say the coalition's plan was dead?"};
    private static final long MEMORY_CHAT = 9_000;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private FakeBotApi api;
    private int refusedRounds;
    private String label;

    @AfterEach
    void stop() throws IOException {
        processes.forEach(Process::destroyForcibly);
        if (api != null) {
            api.close();
        }
        Path kept = Files.createDirectories(Path.of("target", "webhook-failover"));
        try (var logs = Files.newDirectoryStream(dir, "*.log")) {
            for (Path log : logs) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private record Asked(int updateId, int messageId, long chat, long at) {
    }

    @Test
    void onOneSharedH2FileAKilledInstancesChatsAreAnsweredByTheOtherExactlyOnceFollowUpsIncluded() throws Exception {
        run("h2", dir.resolve("shared/citebot").toString());
    }

    @Test
    void onPostgreSqlAKilledInstancesChatsAreAnsweredByTheOtherExactlyOnceFollowUpsIncluded() throws Exception {
        PostgresSettings pg = EmbeddedPg.server().newDatabase();
        run("postgresql", "postgresql://" + pg.user() + "@127.0.0.1:" + pg.port() + "/" + pg.database());
    }

    private void run(String label, String db) throws Exception {
        this.label = label;
        int chats = Integer.getInteger("citebot.failover.chats", 10);
        int perChat = Integer.getInteger("citebot.failover.questions", 6);
        api = new FakeBotApi();
        int[] ports = {ListenPorts.free(), ListenPorts.free()};
        while (ports[1] == ports[0]) {
            ports[1] = ListenPorts.free();
        }
        Process a = start("a", ports[0], db);
        api.await("setWebhook", c -> true, 1, Duration.ofMinutes(3));
        int first = 1;
        int memoryQuestion = post(ports, 0, Updates.text(first, MEMORY_CHAT, 100_000, QUESTIONS[0]));
        assertThat(memoryQuestion).as("instance A took the first question").isEqualTo(0);
        String firstAnswer = api.await("sendMessage", c -> c.repliesTo(100_000) && c.delivered(), 1,
                Duration.ofMinutes(2)).get(0).text();
        assertThat(firstAnswer).contains("Peskov");
        start("b", ports[1], db);
        api.await("setWebhook", c -> true, 2, Duration.ofMinutes(3));

        List<Asked> asked = new ArrayList<>();
        int total = chats * perChat;
        long killedAt = 0;
        int update = first + 1;
        for (int i = 0; i < total; i++) {
            long chat = 5_000L + i % chats;
            int messageId = 10_000 + update;
            asked.add(new Asked(update, messageId, chat, System.nanoTime()));
            post(ports, i % 2, Updates.text(update++, chat, messageId, QUESTIONS[i % QUESTIONS.length]));
            if (i == total * 2 / 5) {
                a.destroyForcibly();
                a.waitFor(30, TimeUnit.SECONDS);
                killedAt = System.nanoTime();
            }
            Thread.sleep(40);
        }
        int followUp = 100_001;
        assertThat(post(ports, 0, Updates.text(update, MEMORY_CHAT, followUp, "What else did he say?")))
                .as("only B is left").isEqualTo(1);

        String followUpAnswer = api.await("sendMessage", c -> c.repliesTo(followUp) && c.delivered(), 1,
                Duration.ofMinutes(2)).get(0).text();
        awaitReplies(asked, Duration.ofMinutes(3));
        Thread.sleep((LEASE_SECONDS + 3) * 1_000L);
        Result r = measure(asked, killedAt);
        String line = r + "; " + refusedRounds + " times both instances refused an update (sent again); "
                + "follow-up after the kill: " + followUpAnswer.lines().findFirst().orElse("");
        System.out.println("webhook failover on " + label + ": " + line);
        Files.writeString(Path.of("target", "webhook-failover-" + label + ".txt"), line + "\n");

        assertThat(r.lost).as(line).isZero();
        assertThat(r.unexplainedDuplicates).as(line).isZero();
        assertThat(r.answeredAfterKillOfA).as("B answered chats A had received: " + line).isPositive();
        assertThat(followUpAnswer).as("the follow-up was rewritten from the memory made on A")
                .contains(BotTexts.understoodAs("")).contains("Peskov");
        assertThat(processes.get(1).isAlive()).as("B still running").isTrue();
    }

    private Process start(String name, int port, String db) throws IOException {
        Process p = BotProcess.start(dir, dir.resolve("unused"), dir.resolve(label + "-" + name + ".log"), TOKEN, api,
                Map.of("CITEBOT_DB", db,
                "CITEBOT_WEBHOOK_URL", "https://bot.example.org/telegram",
                "CITEBOT_WEBHOOK_PORT", String.valueOf(port),
                "CITEBOT_WEBHOOK_SECRET", SECRET,
                "CITEBOT_INSTANCE", name,
                "CITEBOT_INBOX_LEASE", String.valueOf(LEASE_SECONDS)));
        processes.add(p);
        return p;
    }

    /**
     * Posts to instance {@code preferred}, or, when it refuses the connection or fails, to the other one; when
     * both fail (the survivor answers 503 while H2 moves its server to it), posts again after 200 ms, as Telegram
     * sends an update again, for up to a minute.
     *
     * @return the instance that answered 200
     */
    private int post(int[] ports, int preferred, JsonNode update) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            for (int attempt = 0; attempt < 2; attempt++) {
                int target = (preferred + attempt) % 2;
                if (send(ports[target], update) == 200) {
                    return target;
                }
            }
            refusedRounds++;
            Thread.sleep(200);
        }
        throw new AssertionError("neither instance accepted update " + update.path("update_id"));
    }

    private int send(int port, JsonNode update) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                .timeout(Duration.ofSeconds(20)).header(WebhookServer.SECRET_HEADER, SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private void awaitReplies(List<Asked> asked, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && asked.stream().anyMatch(a -> replies(a.messageId()).isEmpty())) {
            Thread.sleep(200);
        }
    }

    private List<FakeBotApi.Call> replies(int messageId) {
        return api.calls("sendMessage").stream().filter(c -> c.repliesTo(messageId) && c.messageId() != 0).toList();
    }

    /** @param killedAt when A was seen dead: a reply that reached the fake Bot API before may be A's */
    private Result measure(List<Asked> asked, long killedAt) {
        Result r = new Result();
        r.questions = asked.size();
        List<Long> latencies = new ArrayList<>();
        for (Asked a : asked) {
            List<FakeBotApi.Call> made = replies(a.messageId());
            if (made.isEmpty()) {
                r.lost++;
                continue;
            }
            long firstAt = made.stream().mapToLong(FakeBotApi.Call::answered).min().getAsLong();
            latencies.add(firstAt - a.at());
            long fromA = made.stream().filter(c -> c.arrived() < killedAt).count();
            int duplicates = made.size() - 1;
            boolean resentAfterKill = fromA == 1 && made.size() == 2;
            r.acceptedBeforeKillSentAgain += resentAfterKill ? 1 : 0;
            r.unexplainedDuplicates += resentAfterKill ? 0 : duplicates;
            if (duplicates > 0 && !resentAfterKill) {
                r.details.add(a.messageId() + ": sent at " + made.stream()
                        .map(c -> (c.arrived() - killedAt) / 1_000_000 + " ms").toList() + " from the kill");
            }
            if (a.at() < killedAt && a.updateId() % 2 == 0 && firstAt > killedAt) {
                r.answeredAfterKillOfA++;
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        r.latency = sorted.length == 0 ? "none" : String.format("p50 %.2f s, p95 %.2f s, max %.2f s",
                sorted[sorted.length / 2] / 1e9, sorted[Math.max(0, (int) Math.ceil(0.95 * sorted.length) - 1)] / 1e9,
                sorted[sorted.length - 1] / 1e9);
        return r;
    }

    private static final class Result {
        int questions;
        int lost;
        int acceptedBeforeKillSentAgain;
        int unexplainedDuplicates;
        int answeredAfterKillOfA;
        String latency;
        final List<String> details = new ArrayList<>();

        @Override
        public String toString() {
            return String.format("%d questions, %d lost, %d replies accepted from A before the kill and sent again "
                            + "by B, %d other duplicates, %d questions posted to A before the kill answered after "
                            + "it; latency %s", questions, lost, acceptedBeforeKillSentAgain, unexplainedDuplicates,
                    answeredAfterKillOfA, latency) + (details.isEmpty() ? "" : "; duplicates: " + details);
        }
    }
}
