package dev.citebot.telegram.inbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AdditionLimiterTest {

    @Test
    void eachUserMayAddPerHourArticlesInAnyHour() {
        AtomicLong now = new AtomicLong(0);
        AdditionLimiter limiter = new AdditionLimiter(2, now::get);

        assertThat(limiter.tryAcquire(1)).isTrue();
        now.addAndGet(Duration.ofMinutes(30).toNanos());
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
        assertThat(limiter.tryAcquire(2)).isTrue();
        now.addAndGet(Duration.ofMinutes(30).toNanos());
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
    }
}
