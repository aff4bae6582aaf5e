package dev.citebot.telegram;

import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2UpdateInbox;
import dev.citebot.telegram.render.BotTexts;
import dev.citebot.telegram.render.MessageSplitter;
import dev.citebot.telegram.render.TelegramHtml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load of issue 12 against {@code java -jar target/citebot.jar}: 50 private chats asking 20 questions each
 * and 5 groups asking 4 each (/ask), offered at about 40 a second, while the fake Bot API answers 10 % of
 * sendMessage with 429 (retry_after 1), 5 % with 502, drops 3 % of connections after recording the message and
 * fails 5 % of getUpdates; the bot is killed with SIGKILL once, 40 % into the run, and started again on the same
 * database. Reports lost questions, duplicate replies (beyond dropped connections and replies in flight at the
 * kill), apologies, invalid replies and the question-to-reply latency (p50, p95, max: all questions, and those
 * asked while the bot was up). Takes about a minute a run; run with {@code -Dcitebot.load=true} (and
 * {@code -Dcitebot.load.runs=3}); results go to stdout and {@code target/telegram-load.txt}.
 */
@EnabledIfSystemProperty(named = "citebot.load", matches = "true")
class TelegramLoadIT {
    private static final String TOKEN = "987654321:" + "AAH-load-it-token_abcdefghijklmnopqrs";
    private static final int PRIVATE_CHATS = 50;
    private static final int PER_PRIVATE = 20;
    private static final int GROUPS = 5;
    private static final int PER_GROUP = 4;
    private static final long OFFER_EVERY_MICROS = 25_000;
    private static final String[] QUESTIONS = {"What did Dmitry Peskov say?", "What did Shoigu warn about?",
            "Who warned that NATO troops in Ukraine could lead to a global conflict?",
            "Why did the Financial Times say the coalition's plan was dead?", "What is the population of Kyiv?"};

    @TempDir
    Path dir;

    private FakeBotApi api;
    private volatile Process process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void underFaultsAndOneKillNoQuestionIsLostOrAnsweredTwice() throws Exception {
        int runs = Integer.getInteger("citebot.load.runs", 1);
        List<String> results = new ArrayList<>();
        List<Result> measured = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Result r = runOnce(run);
            measured.add(r);
            results.add(r.toString());
            System.out.println("telegram load run " + run + ": " + r);
        }
        Files.writeString(Path.of("target", "telegram-load.txt"), String.join("\n", results) + "\n");
        for (Result r : measured) {
            assertThat(r.lost).as(r.toString()).isZero();
            assertThat(r.apologies).as(r.toString()).isZero();
            assertThat(r.invalid).as(r.toString()).isZero();
            assertThat(r.unexplainedDuplicates).as(r.toString()).isZero();
            assertThat(r.stillRunning).as(r.toString()).isTrue();
        }
    }

    private record Asked(int messageId, long at) {
    }

    private Result runOnce(int run) throws Exception {
        api = new FakeBotApi();
        api.faults(new FakeBotApi.Faults(0.10, 0.05, 0.03, 0.05, run));
        Path db = dir.resolve("run" + run + "/citebot");
        process = start(db, dir.resolve("run" + run + "-a.log"));
        api.await("getUpdates", c -> true, 1, Duration.ofMinutes(3));
        List<Long> chats = chats();
        int total = chats.size();
        List<Asked> asked = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Restart> restart = null;
        int update = 1;
        long next = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long chat = chats.get(i);
            int messageId = 10_000 + update;
            String q = QUESTIONS[i % QUESTIONS.length];
            api.queue(Updates.text(update++, chat, messageId, chat < 0 ? "/ask " + q : q));
            asked.add(new Asked(messageId, System.nanoTime()));
            if (i == total * 2 / 5) {
                restart = java.util.concurrent.CompletableFuture.supplyAsync(() -> killAndRestart(run, db));
            }
            next += OFFER_EVERY_MICROS * 1_000;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
        }
        Restart r0 = restart.get(5, TimeUnit.MINUTES);
        long killedAt = r0.killedAt();
        long upAgainAt = r0.upAgainAt();
        Set<Integer> pendingAtKill = r0.pendingAtKill();
        awaitAnswers(asked, Duration.ofMinutes(3));
        Result r = measure(asked, killedAt, upAgainAt, pendingAtKill);
        r.stillRunning = process.isAlive();
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        api.close();
        keepLogs(run);
        return r;
    }

    /** Copies the run's logs to {@code target/telegram-load/}, for a look at what the bot did. */
    private void keepLogs(int run) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "telegram-load"));
        Files.copy(dir.resolve("run" + run + "-a.log"), kept.resolve("run" + run + "-a.log"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("run" + run + "-b.log"), kept.resolve("run" + run + "-b.log"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every question's chat, in the order they are asked: the chats take turns, groups spread out. */
    private static List<Long> chats() {
        List<Long> order = new ArrayList<>();
        int groupEvery = PRIVATE_CHATS * PER_PRIVATE / (GROUPS * PER_GROUP);
        int groupAsked = 0;
        for (int round = 0; round < PER_PRIVATE; round++) {
            for (int c = 0; c < PRIVATE_CHATS; c++) {
                order.add(5_000L + c);
                if (order.size() % groupEvery == 0 && groupAsked < GROUPS * PER_GROUP) {
                    order.add(-5_000L - groupAsked % GROUPS);
                    groupAsked++;
                }
            }
        }
        return order;
    }

    private void awaitAnswers(List<Asked> asked, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && asked.stream().anyMatch(a -> made(a.messageId()).isEmpty())) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000);
    }

    private List<FakeBotApi.Call> made(int messageId) {
        return api.calls("sendMessage").stream().filter(c -> c.repliesTo(messageId) && c.messageId() != 0).toList();
    }

    private record Restart(long killedAt, long upAgainAt, Set<Integer> pendingAtKill) {
    }

    /** Kills the bot with SIGKILL and starts it again on the same database, while questions keep coming. */
    private Restart killAndRestart(int run, Path db) {
        try {
            long killedAt = System.nanoTime();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            Set<Integer> pending = pendingMessageIds(db);
            int polls = api.calls("getUpdates").size();
            process = start(db, dir.resolve("run" + run + "-b.log"));
            api.await("getUpdates", c -> c.seq() >= 0, polls + 1, Duration.ofMinutes(3));
            return new Restart(killedAt, System.nanoTime(), pending);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message ids of the updates the killed process had not marked done. */
    private static Set<Integer> pendingMessageIds(Path db) {
        try (Database opened = Database.open(db)) {
            return new H2UpdateInbox(opened).pending(FakeBotApi.BOT_ID).stream()
                    .map(i -> (int) i.updateId() + 10_000).collect(Collectors.toSet());
        }
    }

    private Result measure(List<Asked> asked, long killedAt, long upAgainAt, Set<Integer> pendingAtKill) {
        Result r = new Result();
        r.questions = asked.size();
        List<Long> all = new ArrayList<>();
        List<Long> whileUp = new ArrayList<>();
        long inFlight = api.calls("sendMessage").stream().filter(c -> c.inFlightAt(killedAt)).count();
        for (Asked a : asked) {
            List<FakeBotApi.Call> made = made(a.messageId());
            if (made.isEmpty()) {
                r.lost++;
                if (r.lost <= 5) {
                    System.out.println("not answered: message " + a.messageId() + ", calls replying to it: "
                            + api.calls().stream().filter(c -> c.repliesTo(a.messageId())).toList());
                }
                continue;
            }
            long latency = made.stream().mapToLong(FakeBotApi.Call::answered).min().getAsLong() - a.at();
            all.add(latency);
            if (a.at() < killedAt || a.at() > upAgainAt) {
                whileUp.add(latency);
            }
            Map<String, Integer> texts = new HashMap<>();
            made.forEach(c -> texts.merge(c.text(), 1, Integer::sum));
            long drops = made.stream().filter(c -> c.status() == FakeBotApi.DROP).count();
            boolean killed = pendingAtKill.contains(a.messageId())
                    && made.stream().anyMatch(c -> c.arrived() < killedAt);
            int duplicates = texts.values().stream().mapToInt(n -> n - 1).sum();
            r.duplicates += duplicates;
            r.droppedAfterDelivery += drops;
            r.acceptedNotDoneAtKill += killed ? 1 : 0;
            r.unexplainedDuplicates += Math.max(0, duplicates - drops - (killed ? 1 : 0));
            r.apologies += (int) made.stream().filter(c -> c.text().equals(BotTexts.APOLOGY)).count();
            r.invalid += (int) made.stream().filter(c -> c.text().length() > MessageSplitter.TELEGRAM_LIMIT
                    || c.body().path("parse_mode").asText().equalsIgnoreCase("html")
                    && TelegramHtml.problem(c.text()) != null).count();
        }
        r.inFlightAtKill = inFlight;
        r.all = percentiles(all);
        r.whileUp = percentiles(whileUp);
        r.downSeconds = (upAgainAt - killedAt) / 1e9;
        return r;
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "none";
        }
        return String.format("p50 %.2f s, p95 %.2f s, max %.2f s", at(sorted, 0.50), at(sorted, 0.95),
                sorted[sorted.length - 1] / 1e9);
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e9;
    }

    private static final class Result {
        int questions;
        int lost;
        int duplicates;
        long droppedAfterDelivery;
        long inFlightAtKill;
        long acceptedNotDoneAtKill;
        long unexplainedDuplicates;
        int apologies;
        int invalid;
        boolean stillRunning;
        double downSeconds;
        String all;
        String whileUp;

        @Override
        public String toString() {
            return String.format("%d questions, %d lost, %d duplicates (%d connections dropped after delivery, "
                            + "%d replies accepted but not marked done at the kill (%d in flight), %d otherwise), "
                            + "%d apologies, %d invalid replies, bot down %.1f s; latency all: %s; asked while up: "
                            + "%s; still running: %s",
                    questions, lost, duplicates, droppedAfterDelivery, acceptedNotDoneAtKill, inFlightAtKill,
                    unexplainedDuplicates,
                    apologies, invalid, downSeconds, all, whileUp, stillRunning);
        }
    }

    private Process start(Path db, Path log) throws IOException {
        return BotProcess.start(dir, db, log, TOKEN, api);
    }
}
