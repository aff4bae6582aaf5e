package dev.citebot.telegram.inbound;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per chat: {@code burst} requests at once, refilled at {@code perSecond}. A chat over its limit
 * is told to slow down once, then ignored silently until it has a token again, so a flood gets one reply.
 * Messages are counted at the time the user sent them ({@link #acquire(long, long)}), not when they are handled,
 * so a backlog that built up while the bot was down or busy is not taken for a flood. A time earlier than the
 * chat's last one counts as that last one.
 */
public final class ChatRateLimiter {
    private static final double NANOS_PER_SECOND = 1e9;
    private static final int PRUNE_AT = 10_000;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<Long, Bucket> buckets = new HashMap<>();

    public ChatRateLimiter(double perSecond, int burst, LongSupplier nanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanos = nanos;
    }

    /** A request made now. */
    Decision acquire(long chatId) {
        return acquire(chatId, nanos.getAsLong());
    }

    /** A request made at {@code at}, on the clock this limiter was given. */
    synchronized Decision acquire(long chatId, long at) {
        Bucket last = buckets.get(chatId);
        long now = last == null ? at : Math.max(at, last.at());
        Bucket bucket = refilled(buckets.get(chatId), now);
        Decision decision;
        if (bucket.tokens() >= 1) {
            bucket = new Bucket(bucket.tokens() - 1, now, false);
            decision = Decision.ALLOW;
        } else {
            decision = bucket.warned() ? Decision.IGNORE : Decision.SLOW_DOWN;
            bucket = new Bucket(bucket.tokens(), now, true);
        }
        buckets.put(chatId, bucket);
        prune(now);
        return decision;
    }

    private Bucket refilled(Bucket b, long now) {
        if (b == null) {
            return new Bucket(burst, now, false);
        }
        double tokens = Math.min(burst, b.tokens() + (now - b.at()) / NANOS_PER_SECOND * perSecond);
        return new Bucket(tokens, now, b.warned());
    }

    private void prune(long now) {
        if (buckets.size() > PRUNE_AT) {
            buckets.values().removeIf(b -> refilled(b, now).tokens() >= burst);
        }
    }

    /** What to do with a chat's request. */
    enum Decision {
        /** Handle it. */
        ALLOW,
        /** Don't handle it; tell the chat to slow down. */
        SLOW_DOWN,
        /** Don't handle it and say nothing: the chat was already told. */
        IGNORE
    }

    private record Bucket(double tokens, long at, boolean warned) {
    }
}
