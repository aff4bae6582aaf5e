package dev.citebot.store;

import java.time.Instant;

/**
 * The Telegram updates a bot has claimed, kept across restarts. The first claim of an update wins and every later
 * one — after a restart, from another thread, or from Telegram redelivering it — loses, so an update is answered
 * at most once.
 */
public interface UpdateClaims {

    /** @return true if this call claimed update {@code updateId} of bot {@code botId}, false if it was already */
    boolean claim(long botId, long updateId);

    /**
     * Forgets claims made before {@code cutoff} (Telegram redelivers an update for at most a day), so that they
     * can be claimed again. Returns how many were forgotten.
     */
    int forgetClaimsBefore(Instant cutoff);
}
