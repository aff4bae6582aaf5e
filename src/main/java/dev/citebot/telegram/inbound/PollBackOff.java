package dev.citebot.telegram.inbound;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * How long polling waits after a failed {@code getUpdates}: 0.5 s, doubling up to 30 s, and never giving up.
 * The library's default grows to 15 minutes after a long outage, which would leave the bot deaf long after
 * Telegram is back.
 */
public final class PollBackOff implements BackOff {
    static final long FIRST_MILLIS = 500;
    static final long MAX_MILLIS = 30_000;

    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = next;
        next = Math.min(MAX_MILLIS, next * 2);
        return wait;
    }
}
