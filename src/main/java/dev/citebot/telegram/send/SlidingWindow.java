package dev.citebot.telegram.send;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts events so that no window of {@code width} nanoseconds holds more than {@code max} of them — the exact
 * rule Telegram states ("20 messages per minute in a group"), which a token bucket would overshoot. Events are
 * recorded in time order. Not thread-safe; {@link SendThrottle} guards it.
 */
final class SlidingWindow {
    private final int max;
    private final long width;
    private final Deque<Long> events = new ArrayDeque<>();

    SlidingWindow(int max, long widthNanos) {
        if (max < 1 || widthNanos < 1) {
            throw new IllegalArgumentException("a window needs max >= 1 and a positive width");
        }
        this.max = max;
        this.width = widthNanos;
    }

    /** Nanoseconds from {@code now} until one more event fits; 0 when it fits now. */
    long waitNanos(long now) {
        forgetBefore(now);
        if (events.size() < max) {
            return 0;
        }
        Long oldestThatMatters = events.stream().skip(events.size() - max).findFirst().orElseThrow();
        return Math.max(0, oldestThatMatters + width - now);
    }

    void record(long now) {
        forgetBefore(now);
        events.addLast(now);
    }

    boolean isEmpty(long now) {
        forgetBefore(now);
        return events.isEmpty();
    }

    private void forgetBefore(long now) {
        while (!events.isEmpty() && events.peekFirst() <= now - width) {
            events.removeFirst();
        }
    }
}
