package dev.citebot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
}
