package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * Keeps sending within Telegram's limits: at most {@code perSecond} messages a second overall and at most
 * {@code perGroupPerMinute} a minute into any one group. {@link #acquire} waits until a message may go, then
 * counts it. Under a backlog the overall limit's places go to the oldest message first: the one whose sender
 * started trying earliest ({@code since}), so a reply sent again after a 429 or a failed try goes before replies
 * asked for while it waited, instead of queueing behind them all once more (under load that doubled its wait:
 * issue 12); among equals, first come, first served. Only the oldest waiter waits for the window, so places are
 * not raced for. A group's own limit is waited for outside that order, so a full group holds up no other chat.
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
    private final PriorityQueue<Ticket> waiting = new PriorityQueue<>();
    private long tickets;

    public SendThrottle(int perSecond, int perGroupPerMinute, LongSupplier nanos, Sleeper sleeper) {
        this.perGroupPerMinute = perGroupPerMinute;
        this.nanos = nanos;
        this.sleeper = sleeper;
        this.global = new SlidingWindow(perSecond, SECOND);
    }

    /** A message waiting for a place: older {@code since} first, then the order of asking. */
    private record Ticket(long since, long number) implements Comparable<Ticket> {
        @Override
        public int compareTo(Ticket o) {
            int bySince = Long.compare(since - o.since, 0);
            return bySince != 0 ? bySince : Long.compare(number, o.number);
        }
    }

    /** Blocks until one more message to {@code chat}, first asked for now, is within the limits, and counts it. */
    void acquire(ChatRef chat) throws InterruptedException {
        acquire(chat, now());
    }

    /** The throttle's clock, for {@code since}. */
    long now() {
        return nanos.getAsLong();
    }

    /**
     * Blocks until one more message to {@code chat} is within the limits, and counts it.
     *
     * @param since when the message's sender first asked for a place ({@link #nanos} time): older goes first
     */
    void acquire(ChatRef chat, long since) throws InterruptedException {
        while (true) {
            long groupWait = groupWait(chat);
            if (groupWait > 0) {
                sleeper.sleep(Duration.ofNanos(groupWait));
                continue;
            }
            Ticket ticket = enqueue(since);
            try {
                if (takeInTurn(ticket, chat)) {
                    return;
                }
            } finally {
                dequeue(ticket);
            }
        }
    }

    /** Waits to be the oldest, then for the overall window; counts the message unless its group filled up. */
    private boolean takeInTurn(Ticket ticket, ChatRef chat) throws InterruptedException {
        while (true) {
            awaitTurn(ticket);
            long wait = globalWait();
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
                continue;
            }
            Take take = recordIfFirst(ticket, chat);
            if (take != Take.WAIT) {
                return take == Take.COUNTED;
            }
        }
    }

    private synchronized Ticket enqueue(long since) {
        Ticket ticket = new Ticket(since, tickets++);
        waiting.add(ticket);
        return ticket;
    }

    private synchronized void dequeue(Ticket ticket) {
        waiting.remove(ticket);
        notifyAll();
    }

    private synchronized void awaitTurn(Ticket ticket) throws InterruptedException {
        while (waiting.peek() != ticket) {
            wait();
        }
    }

    private synchronized long groupWait(ChatRef chat) {
        return chat.group() ? group(chat).waitNanos(nanos.getAsLong()) : 0;
    }

    private synchronized long globalWait() {
        return global.waitNanos(nanos.getAsLong());
    }

    private enum Take { COUNTED, GROUP_FULL, WAIT }

    /**
     * Counts the message if its ticket is still the oldest and the limits allow it now; {@link Take#WAIT} when an
     * older message came or the window filled meanwhile, {@link Take#GROUP_FULL} when its group's limit did.
     */
    private synchronized Take recordIfFirst(Ticket ticket, ChatRef chat) {
        long now = nanos.getAsLong();
        if (waiting.peek() != ticket || global.waitNanos(now) > 0) {
            return Take.WAIT;
        }
        SlidingWindow group = chat.group() ? group(chat) : null;
        if (group != null && group.waitNanos(now) > 0) {
            return Take.GROUP_FULL;
        }
        global.record(now);
        if (group != null) {
            group.record(now);
        }
        if (groups.size() > PRUNE_AT) {
            groups.values().removeIf(w -> w.isEmpty(now));
        }
        return Take.COUNTED;
    }

    private SlidingWindow group(ChatRef chat) {
        return groups.computeIfAbsent(chat.id(), id -> perGroup());
    }

    private SlidingWindow perGroup() {
        return new SlidingWindow(perGroupPerMinute, MINUTE);
    }
}
