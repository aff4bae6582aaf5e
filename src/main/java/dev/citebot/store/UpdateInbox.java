package dev.citebot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The bot's durable inbox of Telegram updates, shared by every instance of the bot that uses the same database.
 * {@link #add} returns only once the updates are on disk, so the next poll (or the webhook's HTTP 200), which
 * confirms them to Telegram, can never lose one; an update stays pending until {@link #done}.
 *
 * <p><b>Leases.</b> An instance answers only updates it has {@link #claim claimed}: a claim is a lease, held by
 * one instance id until an expiry, which that instance {@link #renew renews} while it answers. The claim is made
 * with the database's own locking, so two instances never hold the same update at once. A lease that expired (its
 * instance died, or stalled past it) may be claimed by any instance; a restarted instance with the same id takes
 * its own leases back at once. One chat's updates are claimed in update id order: an update is not claimed while
 * an earlier update of its chat, not done, is leased by another instance whose lease has not expired. Expiry is
 * judged by the claiming instance's clock, so instances on different machines need clocks that agree to well
 * within a lease.
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

    /** The bot's updates not yet done, oldest update id first, whoever holds them. */
    List<Item> pending(long botId);

    /**
     * Claims for {@code instance}, for {@code lease} from now, at most {@code max} of the bot's updates not done,
     * oldest first, that it may answer now: each is free, leased by {@code instance} already, or leased by
     * another instance whose lease has expired; and no earlier update of its chat, not done, is leased by another
     * instance whose lease has not expired (nor left unclaimed by this call because of {@code max}).
     *
     * @return every update {@code instance} holds after the call that it claimed in it, oldest first (its own
     *         earlier leases included, renewed)
     */
    List<Item> claim(long botId, String instance, Duration lease, int max);

    /**
     * Extends every lease {@code instance} holds on updates not done to {@code lease} from now; a lease another
     * instance has taken over is not extended.
     *
     * @return how many leases were extended
     */
    int renew(long botId, String instance, Duration lease);

    /**
     * Gives up every lease {@code instance} holds on updates not done (a clean stop), so that another instance
     * may claim them at once.
     *
     * @return how many were released
     */
    int release(long botId, String instance);

    /** Marks an update handled: it is not resumed again, and a redelivery of it is ignored. */
    void done(long botId, long updateId);

    /** Forgets updates done before {@code cutoff} (Telegram redelivers an update for at most a day). */
    int forgetDoneBefore(Instant cutoff);
}
