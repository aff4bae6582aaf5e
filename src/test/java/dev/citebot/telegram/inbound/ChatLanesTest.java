package dev.citebot.telegram.inbound;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChatLanesTest {
    private final ChatLanes lanes = new ChatLanes(1, new DaemonThreads("lanes-test"));
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        lanes.close(Duration.ofSeconds(5));
    }

    @Test
    void aChatWithABacklogTakesTurnsWithAChatThatAskedLaterAndKeepsItsOwnOrder() {
        lanes.submit(1, blocking("a1"));
        lanes.submit(1, record("a2"));
        lanes.submit(1, record("a3"));
        lanes.submit(2, record("b1"));

        release.countDown();

        await().atMost(10, TimeUnit.SECONDS).until(() -> ran.size() == 4);
        assertThat(ran).containsExactly("a1", "b1", "a2", "a3");
    }

    @Test
    void aTaskQueuedBehindARunningOneDoesNotStartOnceClosed() throws Exception {
        lanes.submit(1, blocking("a1"));
        lanes.submit(2, record("b1"));
        lanes.submit(1, record("a2"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> ran.contains("a1"));
        Thread closing = new Thread(() -> ran.add(lanes.close(Duration.ofSeconds(10)) ? "closed" : "cut off"));
        closing.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !lanes.submit(3, record("c1")));

        release.countDown();
        closing.join(10_000);

        assertThat(ran).containsExactly("a1", "closed");
    }

    private Runnable blocking(String name) {
        return () -> {
            ran.add(name);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private Runnable record(String name) {
        return () -> ran.add(name);
    }
}
