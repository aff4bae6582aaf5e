package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps sending within Telegram's limits: at most {@code perSecond} messages a second overall and at most
 * {@code perGroupPerMinute} a minute into any one group. {@link #acquire} waits (outside the lock, so other
 * chats go on) until a message may go, then counts it.
 */
public final class SendThrottle {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final int PRUNE_AT = 1_000;

    private final int perGroupPerMinute;
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private final SlidingWindow global;
    private final Map<Long, SlidingWindow> groups = new HashMap<>();

    public SendThrottle(int perSecond, int perGroupPerMinute, LongSupplier nanos, Sleeper sleeper) {
        this.perGroupPerMinute = perGroupPerMinute;
        this.nanos = nanos;
        this.sleeper = sleeper;
        this.global = new SlidingWindow(perSecond, SECOND);
    }

    /** Blocks until one more message to {@code chat} is within the limits, and counts it. */
    void acquire(ChatRef chat) throws InterruptedException {
        while (true) {
            long wait = tryAcquire(chat);
            if (wait == 0) {
                return;
            }
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    private synchronized long tryAcquire(ChatRef chat) {
        long now = nanos.getAsLong();
        SlidingWindow group = chat.group() ? groups.computeIfAbsent(chat.id(), id -> perGroup()) : null;
        long wait = Math.max(global.waitNanos(now), group == null ? 0 : group.waitNanos(now));
        if (wait > 0) {
            return wait;
        }
        global.record(now);
        if (group != null) {
            group.record(now);
        }
        if (groups.size() > PRUNE_AT) {
            groups.values().removeIf(w -> w.isEmpty(now));
        }
        return 0;
    }

    private SlidingWindow perGroup() {
        return new SlidingWindow(perGroupPerMinute, MINUTE);
    }
}
