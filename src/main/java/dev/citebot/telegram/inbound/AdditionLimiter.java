package dev.citebot.telegram.inbound;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** At most {@code perHour} additions per user in any hour (a sliding window); kept in memory. */
public final class AdditionLimiter {
    private static final long HOUR = Duration.ofHours(1).toNanos();
    private final int perHour;
    private final LongSupplier nanoTime;
    private final Map<Long, Deque<Long>> recent = new HashMap<>();

    public AdditionLimiter(int perHour, LongSupplier nanoTime) {
        if (perHour < 1) {
            throw new IllegalArgumentException("perHour must be positive");
        }
        this.perHour = perHour;
        this.nanoTime = nanoTime;
    }

    /** Counts one addition by {@code userId} and returns true, or returns false when the user is over the limit. */
    public synchronized boolean tryAcquire(long userId) {
        long now = nanoTime.getAsLong();
        Deque<Long> times = recent.computeIfAbsent(userId, u -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= HOUR) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    public int perHour() {
        return perHour;
    }
}
