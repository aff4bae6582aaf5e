package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps sending within Telegram's limits: at most {@code perSecond} messages a second overall and at most
 * {@code perGroupPerMinute} a minute into any one group. {@link #acquire} waits until a message may go, then
 * counts it. Messages take the overall limit's places first come, first served: callers queue in a fair lock
 * and only its holder waits for the window, so under a backlog replies go out in the order their senders asked
 * (a free-for-all of sleeping threads let some replies wait far longer than others: issue 12). A group's own
 * limit is waited for outside that queue, so a full group holds up no other chat.
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
    private final ReentrantLock turn = new ReentrantLock(true);

    public SendThrottle(int perSecond, int perGroupPerMinute, LongSupplier nanos, Sleeper sleeper) {
        this.perGroupPerMinute = perGroupPerMinute;
        this.nanos = nanos;
        this.sleeper = sleeper;
        this.global = new SlidingWindow(perSecond, SECOND);
    }

    /** Blocks until one more message to {@code chat} is within the limits, and counts it. */
    void acquire(ChatRef chat) throws InterruptedException {
        while (true) {
            long groupWait = groupWait(chat);
            if (groupWait > 0) {
                sleeper.sleep(Duration.ofNanos(groupWait));
                continue;
            }
            turn.lockInterruptibly();
            try {
                if (takeInTurn(chat)) {
                    return;
                }
            } finally {
                turn.unlock();
            }
        }
    }

    /** Holding the turn: waits for the overall window, then counts the message unless its group filled up. */
    private boolean takeInTurn(ChatRef chat) throws InterruptedException {
        long wait;
        while ((wait = globalWait()) > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
        return record(chat);
    }

    private synchronized long groupWait(ChatRef chat) {
        return chat.group() ? group(chat).waitNanos(nanos.getAsLong()) : 0;
    }

    private synchronized long globalWait() {
        return global.waitNanos(nanos.getAsLong());
    }

    private synchronized boolean record(ChatRef chat) {
        long now = nanos.getAsLong();
        SlidingWindow group = chat.group() ? group(chat) : null;
        if (global.waitNanos(now) > 0 || group != null && group.waitNanos(now) > 0) {
            return false;
        }
        global.record(now);
        if (group != null) {
            group.record(now);
        }
        if (groups.size() > PRUNE_AT) {
            groups.values().removeIf(w -> w.isEmpty(now));
        }
        return true;
    }

    private SlidingWindow group(ChatRef chat) {
        return groups.computeIfAbsent(chat.id(), id -> perGroup());
    }

    private SlidingWindow perGroup() {
        return new SlidingWindow(perGroupPerMinute, MINUTE);
    }
}
