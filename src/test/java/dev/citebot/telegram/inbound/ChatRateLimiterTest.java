package dev.citebot.telegram.inbound;

import dev.citebot.telegram.FakeTime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.citebot.telegram.inbound.ChatRateLimiter.Decision.ALLOW;
import static dev.citebot.telegram.inbound.ChatRateLimiter.Decision.IGNORE;
import static dev.citebot.telegram.inbound.ChatRateLimiter.Decision.SLOW_DOWN;
import static org.assertj.core.api.Assertions.assertThat;

class ChatRateLimiterTest {
    private final FakeTime time = new FakeTime();
    private final ChatRateLimiter limiter = new ChatRateLimiter(1.0, 5, time);

    @Test
    void aBurstOfFiveIsAllowedThenTheChatIsToldOnceToSlowDown() {
        List<ChatRateLimiter.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            decisions.add(limiter.acquire(1));
        }

        assertThat(decisions).containsExactly(ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, SLOW_DOWN, IGNORE, IGNORE);
    }

    @Test
    void aBacklogIsJudgedByWhenItsMessagesWereSentNotWhenTheyAreHandled() {
        long second = Duration.ofSeconds(1).toNanos();
        List<ChatRateLimiter.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            decisions.add(limiter.acquire(1, i * second));
        }

        assertThat(decisions).containsOnly(ALLOW);
        assertThat(limiter.acquire(2, 0)).as("another chat").isEqualTo(ALLOW);
    }

    @Test
    void aTimeBeforeTheChatsLastCountsAsTheLastSoItRefillsNothing() {
        long second = Duration.ofSeconds(1).toNanos();
        for (int i = 0; i < 5; i++) {
            limiter.acquire(1, 10 * second);
        }

        assertThat(limiter.acquire(1, 3 * second)).isEqualTo(SLOW_DOWN);
        assertThat(limiter.acquire(1, 11 * second)).isEqualTo(ALLOW);
    }

    @Test
    void tokensComeBackAtTheRateAndTheWarningIsRearmed() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire(1);
        }
        time.advance(Duration.ofMillis(999));
        assertThat(limiter.acquire(1)).isEqualTo(IGNORE);

        time.advance(Duration.ofMillis(2));
        assertThat(limiter.acquire(1)).isEqualTo(ALLOW);
        assertThat(limiter.acquire(1)).isEqualTo(SLOW_DOWN);
    }

    @Test
    void chatsHaveTheirOwnBuckets() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire(1);
        }

        assertThat(limiter.acquire(2)).isEqualTo(ALLOW);
        assertThat(limiter.acquire(1)).isEqualTo(SLOW_DOWN);
    }

    @Test
    void aBucketNeverHoldsMoreThanTheBurst() {
        time.advance(Duration.ofHours(1));
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limiter.acquire(1) == ALLOW ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
    }
}
