package dev.citebot.store;

import java.time.Instant;
import java.util.List;

/**
 * The bot's durable inbox of Telegram updates. {@link #add} returns only once the updates are on disk, so the
 * next poll, which confirms them to Telegram, can never lose one; an update stays pending until {@link #done},
 * and pending updates are handed out again by {@link #pending} after a restart.
 */
public interface UpdateInbox {

    /**
     * One received update.
     *
     * @param updateId Telegram's update id
     * @param chatKey  the chat it belongs to, so that one chat's updates can be handled in order
     * @param body     the update as Telegram's JSON
     */
    record Item(long updateId, long chatKey, String body) {
        public Item {
            java.util.Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Stores the items not stored before for this bot, in one durable commit.
     *
     * @return the items this call added (a redelivered update is in the inbox already and is left out)
     */
    List<Item> add(long botId, List<Item> items);

    /** The bot's updates not yet done, oldest update id first. */
    List<Item> pending(long botId);

    /** Marks an update handled: it is not resumed again, and a redelivery of it is ignored. */
    void done(long botId, long updateId);

    /** Forgets updates done before {@code cutoff} (Telegram redelivers an update for at most a day). */
    int forgetDoneBefore(Instant cutoff);
}
