package dev.citebot.telegram.send;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits. The bot waits through this, so tests can see how long it waited without waiting themselves. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really sleeps, on the calling thread; zero and negative durations return at once. */
    static Sleeper system() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        };
    }
}
