package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.FakeTime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SendThrottleTest {
    private static final ChatRef GROUP = new ChatRef(-100, null, true);
    private static final ChatRef OTHER_GROUP = new ChatRef(-200, null, true);
    private static final ChatRef PRIVATE = new ChatRef(7, null, false);

    private final FakeTime time = new FakeTime();
    private final SendThrottle throttle = new SendThrottle(30, 20, time, time);

    @Test
    void thirtyMessagesASecondGoAtOnceAndTheNextWaitsForTheWindow() throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            throttle.acquire(new ChatRef(i, null, false));
        }
        assertThat(time.sleeps()).isEmpty();

        throttle.acquire(PRIVATE);

        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            throttle.acquire(GROUP);
            time.advance(Duration.ofSeconds(1));
        }
        assertThat(time.sleeps()).isEmpty();

        throttle.acquire(GROUP);

        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aFullGroupDoesNotHoldUpOtherChats() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            throttle.acquire(GROUP);
            time.advance(Duration.ofMillis(100));
        }

        throttle.acquire(OTHER_GROUP);
        throttle.acquire(PRIVATE);

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void noMinuteEverHoldsMoreThanTwentyMessagesToAGroup() throws InterruptedException {
        java.util.List<Long> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) {
            throttle.acquire(GROUP);
            sent.add(time.getAsLong());
            time.advance(Duration.ofMillis(700));
        }

        long minute = Duration.ofMinutes(1).toNanos();
        for (long start : sent) {
            assertThat(sent.stream().filter(t -> t >= start && t < start + minute).count()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void underABacklogMessagesGoInTheOrderTheirSendersAsked() throws InterruptedException {
        SendThrottle real = new SendThrottle(2, 20, System::nanoTime, Sleeper.system());
        List<Long> since = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            since.add(null);
        }

        assertThat(inTheOrderTaken(real, since)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aMessageSentAgainGoesBeforeMessagesAskedForWhileItWaited() throws InterruptedException {
        SendThrottle real = new SendThrottle(1, 20, System::nanoTime, Sleeper.system());
        long firstTried = real.now();
        real.acquire(new ChatRef(100, null, false));

        assertThat(inTheOrderTaken(real, java.util.Arrays.asList(null, null, firstTried))).containsExactly(2, 0, 1);
    }

    /**
     * Starts a sender per entry, each once the one before waits or is through, asking for a place for chat n with
     * {@code since.get(n)} (null: now); returns the chats in the order they got their places.
     */
    private static List<Integer> inTheOrderTaken(SendThrottle throttle, List<Long> since)
            throws InterruptedException {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < since.size(); i++) {
            int n = i;
            long asked = since.get(n) == null ? throttle.now() : since.get(n);
            Thread t = new Thread(() -> {
                try {
                    throttle.acquire(new ChatRef(n, null, false), asked);
                    order.add(n);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            senders.add(t);
            await().atMost(10, TimeUnit.SECONDS).until(() -> order.contains(n) || waiting(t));
        }
        for (Thread t : senders) {
            t.join(20_000);
        }
        return order;
    }

    private static boolean waiting(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }
}
