package dev.citebot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link UpdateClaims} does; a backend runs it by a subclass that opens its {@link StoreBackend}. */
public abstract class UpdateClaimsContract {
    @TempDir
    Path dir;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @Test
    void anUpdateIsClaimedOnceEvenAfterTheDatabaseIsReopened() {
        StoreBackend backend = open(dir);
        UpdateClaims claims = backend.updateClaims(Clock.systemUTC());
        assertThat(claims.claim(1, 500)).isTrue();
        assertThat(claims.claim(1, 500)).isFalse();
        try (StoreBackend reopened = backend.reopen()) {
            UpdateClaims again = reopened.updateClaims(Clock.systemUTC());
            assertThat(again.claim(1, 500)).isFalse();
            assertThat(again.claim(1, 501)).isTrue();
            assertThat(again.claim(2, 500)).as("another bot's update 500").isTrue();
        }
    }

    @Test
    void concurrentClaimsOfOneUpdateHaveExactlyOneWinner() throws Exception {
        try (StoreBackend backend = open(dir)) {
            UpdateClaims claims = backend.updateClaims(Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Boolean>> four = Collections.nCopies(4, () -> claims.claim(1, 9));
                long winners = 0;
                for (Future<Boolean> f : pool.invokeAll(four)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void oldClaimsAreForgottenAndCanBeMadeAgain() {
        Instant then = Instant.parse("2025-01-01T00:00:00Z");
        try (StoreBackend backend = open(dir)) {
            backend.updateClaims(Clock.fixed(then, ZoneOffset.UTC)).claim(1, 1);
            UpdateClaims now = backend.updateClaims(Clock.fixed(then.plus(Duration.ofDays(8)), ZoneOffset.UTC));
            now.claim(1, 2);

            assertThat(now.forgetClaimsBefore(then.plus(Duration.ofDays(1)))).isEqualTo(1);
            assertThat(now.claim(1, 1)).isTrue();
            assertThat(now.claim(1, 2)).isFalse();
        }
    }
}
