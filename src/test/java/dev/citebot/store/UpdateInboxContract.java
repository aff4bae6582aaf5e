package dev.citebot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link UpdateInbox} does; a backend runs it by a subclass that opens its {@link StoreBackend}. */
public abstract class UpdateInboxContract {
    @TempDir
    Path dir;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    private static UpdateInbox.Item item(long id, long chat) {
        return new UpdateInbox.Item(id, chat, "{\"update_id\":" + id + "}");
    }

    @Test
    void addedUpdatesArePendingAcrossAReopenUntilDoneAndARedeliveryIsNotAddedAgain() {
        StoreBackend backend = open(dir);
        UpdateInbox inbox = backend.updateInbox(Clock.systemUTC());
        assertThat(inbox.add(7, List.of(item(3, 10), item(1, 11)))).containsExactly(item(3, 10), item(1, 11));
        assertThat(inbox.add(7, List.of(item(1, 11), item(2, 10)))).as("1 was there already")
                .containsExactly(item(2, 10));
        inbox.done(7, 2);
        try (StoreBackend reopened = backend.reopen()) {
            UpdateInbox again = reopened.updateInbox(Clock.systemUTC());
            assertThat(again.pending(7)).containsExactly(item(1, 11), item(3, 10));
            assertThat(again.pending(8)).as("another bot's").isEmpty();
            assertThat(again.add(7, List.of(item(2, 10)))).as("done, then redelivered").isEmpty();
            again.done(7, 1);
            again.done(7, 3);
            assertThat(again.pending(7)).isEmpty();
        }
    }

    @Test
    void doneUpdatesAreForgottenAfterTheCutoffAndPendingOnesNever() {
        Instant then = Instant.parse("2026-01-01T00:00:00Z");
        try (StoreBackend backend = open(dir)) {
            UpdateInbox old = backend.updateInbox(Clock.fixed(then, ZoneOffset.UTC));
            old.add(7, List.of(item(1, 1), item(2, 1)));
            old.done(7, 1);
            UpdateInbox inbox = backend.updateInbox(Clock.systemUTC());
            assertThat(inbox.forgetDoneBefore(then.plus(Duration.ofDays(1)))).isEqualTo(1);
            assertThat(inbox.pending(7)).containsExactly(item(2, 1));
            assertThat(inbox.add(7, List.of(item(1, 1)))).as("forgotten, so new again").hasSize(1);
        }
    }

    private static final Duration LEASE = Duration.ofSeconds(30);

    /** A clock the test moves by hand, shared by the inboxes of several "instances". */
    private static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aClaimedUpdateGoesToNoOtherInstanceUntilItsLeaseExpiresThenAnotherTakesItOver() {
        HandClock clock = new HandClock();
        try (StoreBackend backend = open(dir)) {
            UpdateInbox inbox = backend.updateInbox(clock);
            inbox.add(7, List.of(item(1, 10), item(2, 11)));
            assertThat(inbox.claim(7, "a", LEASE, 10)).containsExactly(item(1, 10), item(2, 11));
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("a holds both").isEmpty();
            clock.advance(LEASE.minusSeconds(1));
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("a's lease has a second left").isEmpty();
            clock.advance(Duration.ofSeconds(2));
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("expired: b takes over")
                    .containsExactly(item(1, 10), item(2, 11));
            assertThat(inbox.renew(7, "a", LEASE)).as("a lost them").isZero();
            assertThat(inbox.claim(7, "a", LEASE, 10)).as("b holds them now").isEmpty();
            inbox.done(7, 1);
            assertThat(inbox.renew(7, "b", LEASE)).as("only the one not done").isEqualTo(1);
            assertThat(inbox.pending(7)).containsExactly(item(2, 11));
        }
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstExpiryAndAReleasedOneIsFreeAtOnce() {
        HandClock clock = new HandClock();
        try (StoreBackend backend = open(dir)) {
            UpdateInbox inbox = backend.updateInbox(clock);
            inbox.add(7, List.of(item(1, 10), item(2, 11)));
            inbox.claim(7, "a", LEASE, 10);
            clock.advance(Duration.ofSeconds(20));
            assertThat(inbox.renew(7, "a", LEASE)).isEqualTo(2);
            clock.advance(Duration.ofSeconds(20));
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("40 s after the claim, 20 s after the renewal").isEmpty();
            assertThat(inbox.release(7, "a")).isEqualTo(2);
            assertThat(inbox.claim(7, "b", LEASE, 10)).containsExactly(item(1, 10), item(2, 11));
            assertThat(inbox.release(7, "a")).as("a holds nothing now").isZero();
        }
    }

    @Test
    void oneChatsUpdatesAreClaimedInOrderAcrossInstancesAndOthersChatsAreNotHeldUp() {
        HandClock clock = new HandClock();
        try (StoreBackend backend = open(dir)) {
            UpdateInbox inbox = backend.updateInbox(clock);
            inbox.add(7, List.of(item(1, 10), item(2, 10), item(3, 11), item(4, 10)));
            assertThat(inbox.claim(7, "a", LEASE, 1)).containsExactly(item(1, 10));
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("2 and 4 wait for 1, held by a")
                    .containsExactly(item(3, 11));
            assertThat(inbox.claim(7, "a", LEASE, 10)).as("a may go on with its own chat")
                    .containsExactly(item(1, 10), item(2, 10), item(4, 10));
            inbox.release(7, "a");
            inbox.claim(7, "a", LEASE, 1);
            inbox.done(7, 1);
            assertThat(inbox.claim(7, "b", LEASE, 10)).as("1 done, the rest free")
                    .containsExactly(item(2, 10), item(3, 11), item(4, 10));
        }
    }

    @Test
    void aRestartedInstanceTakesItsOwnUnexpiredLeasesBack() {
        HandClock clock = new HandClock();
        StoreBackend backend = open(dir);
        backend.updateInbox(clock).add(7, List.of(item(1, 10), item(2, 11)));
        backend.updateInbox(clock).claim(7, "a", LEASE, 10);
        try (StoreBackend reopened = backend.reopen()) {
            UpdateInbox inbox = reopened.updateInbox(clock);
            assertThat(inbox.claim(7, "b", LEASE, 10)).isEmpty();
            assertThat(inbox.claim(7, "a", LEASE, 10)).containsExactly(item(1, 10), item(2, 11));
        }
    }

    @Test
    void concurrentInstancesClaimEveryUpdateExactlyOnceAndEachChatInOrder() throws Exception {
        int chats = 12;
        int updates = 240;
        try (StoreBackend backend = open(dir)) {
            UpdateInbox inbox = backend.updateInbox(Clock.systemUTC());
            List<UpdateInbox.Item> all = new ArrayList<>();
            for (int id = 1; id <= updates; id++) {
                all.add(item(id, id % chats));
            }
            inbox.add(7, all);
            Map<Long, String> claimedBy = new ConcurrentHashMap<>();
            List<String> twice = Collections.synchronizedList(new ArrayList<>());
            Map<Long, List<Long>> doneOrder = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> instances = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String instance = "i" + i;
                instances.add(pool.submit(() -> {
                    while (!inbox.pending(7).isEmpty()) {
                        for (UpdateInbox.Item it : inbox.claim(7, instance, LEASE, 5)) {
                            String before = claimedBy.putIfAbsent(it.updateId(), instance);
                            if (before != null) {
                                twice.add(it.updateId() + " by " + before + " and " + instance);
                            }
                            doneOrder.computeIfAbsent(it.chatKey(), k -> Collections.synchronizedList(
                                    new ArrayList<>())).add(it.updateId());
                            inbox.done(7, it.updateId());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : instances) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(twice).isEmpty();
            assertThat(claimedBy).hasSize(updates);
            doneOrder.values().forEach(ids -> assertThat(ids).isSorted());
            assertThat(doneOrder).hasSize(chats);
        }
    }
}
