package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.RedactedThrowable;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;

import dev.citebot.store.StoreException;
import dev.citebot.store.UpdateInbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.InstanceSettings;
import dev.citebot.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives updates — polled ({@link #consume}) or posted to the webhook ({@link #receive}) — and writes them to
 * the durable {@link UpdateInbox} before returning (telegrambots' next poll, or the webhook's HTTP 200, confirms
 * them to Telegram, so an update is never only in memory). It answers only the updates it has claimed in the
 * inbox under this instance's name ({@link UpdateInbox#claim}): right after each store, after each answer, and
 * at least every second, so that updates another instance stored, or left behind when it died, are found. Its
 * leases are renewed every third of a lease while it runs. Each claimed update is handled in isolation in its
 * chat's lane ({@link ChatLanes}): one chat's updates in order, other chats side by side. An update is marked
 * done once its reply was accepted by Telegram, or its failure was answered with an apology and an ERROR log line
 * with the update id; a failure never stops a lane or polling. Updates not done — not started when the bot
 * stopped (their leases are released then), or cut off by a crash (this instance takes them back at its next
 * start, another once the lease expires) — are answered later; an update cut off after Telegram accepted its
 * reply but before it was marked done is answered again then. Stack overflows are caught too: they come from
 * deep recursion on hostile input (regular expressions), not from a broken JVM.
 */
public final class UpdateDispatcher implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);
    static final Duration FIRST_STORE_RETRY = Duration.ofMillis(200);
    static final Duration MAX_STORE_RETRY = Duration.ofSeconds(10);
    static final Duration CLAIM_EVERY = Duration.ofSeconds(1);

    private final UpdateRouter router;
    private final UpdateHandler conversation;
    private final UpdateInbox inbox;
    private final Replies replies;
    private final BotIdentity me;
    private final Secret token;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatLanes lanes;
    private final InstanceSettings instance;
    private final int holdAtMost;
    /** Claimed updates queued or being answered here, so that a later claim does not hand them out again. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService claimer;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean claiming = true;

    /**
     * @param threads  answering threads; the instance holds leases on at most twice as many updates at a time,
     *                 so that other instances get the rest
     * @param instance the name this instance claims under and how long its leases last
     */
    public UpdateDispatcher(UpdateRouter router, UpdateHandler conversation, UpdateInbox inbox, Replies replies,
                            BotIdentity me, Secret token, int threads, InstanceSettings instance) {
        this.router = router;
        this.conversation = conversation;
        this.inbox = inbox;
        this.replies = replies;
        this.me = me;
        this.token = token;
        this.instance = instance;
        this.holdAtMost = 2 * threads;
        this.lanes = new ChatLanes(threads, new DaemonThreads("citebot-chat"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, new DaemonThreads("citebot-claim"));
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.claimer = timer;
    }

    /**
     * Stores the updates durably, then has them claimed. Does not return until they are stored: a store
     * failure is logged and retried with backoff, because returning would let the next poll confirm updates
     * that exist nowhere. Interrupted (the bot is stopping), it throws, and no further poll confirms them.
     */
    @Override
    public void consume(List<Update> updates) {
        List<UpdateInbox.Item> items = updates.stream().map(this::item).toList();
        long started = System.nanoTime();
        List<UpdateInbox.Item> added = store(items);
        LOG.debug("stored {} updates ({} new) in {} ms", items.size(), added.size(), millisSince(started));
        noteRedelivered(items, added);
        wake();
    }

    /**
     * Stores one update posted to the webhook, in one attempt, and returns once it is on disk (the caller then
     * answers HTTP 200); a store failure is thrown, so that the caller answers an error and Telegram sends the
     * update again.
     */
    public void receive(Update update) {
        UpdateInbox.Item item = item(update);
        noteRedelivered(List.of(item), inbox.add(me.id(), List.of(item)));
        wake();
    }

    /**
     * Claims what this instance may answer now — its own updates left by an earlier run, free ones, ones whose
     * lease expired — and queues them, oldest first; then keeps claiming every second and renewing this
     * instance's leases every third of a lease, until {@link #close}.
     *
     * @return how many updates the first claim queued
     */
    public int resume() {
        int queued = claimRound();
        if (queued > 0) {
            LOG.info("resuming {} updates not yet answered", queued);
        }
        long renewMillis = Math.max(500, instance.lease().toMillis() / 3);
        claimer.scheduleWithFixedDelay(this::claimRound, CLAIM_EVERY.toMillis(), CLAIM_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        claimer.scheduleWithFixedDelay(this::renew, renewMillis, renewMillis, TimeUnit.MILLISECONDS);
        return queued;
    }

    /** Claims now, on the claim thread, unless a claim is already waiting to run. */
    private void wake() {
        if (!claiming || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            claimer.execute(() -> {
                wakeQueued.set(false);
                claimRound();
            });
        } catch (RejectedExecutionException e) {
            wakeQueued.set(false);
        }
    }

    /** @return how many claimed updates were queued (those already queued here are not counted again) */
    private synchronized int claimRound() {
        if (!claiming) {
            return 0;
        }
        List<UpdateInbox.Item> claimed;
        try {
            claimed = inbox.claim(me.id(), instance.id(), instance.lease(), holdAtMost);
        } catch (RuntimeException e) {
            LOG.warn("could not claim updates ({}); trying again in {} s", token.redact(String.valueOf(e)),
                    CLAIM_EVERY.toSeconds());
            return 0;
        }
        int queued = 0;
        for (UpdateInbox.Item item : claimed) {
            if (inFlight.add(item.updateId())) {
                queued += queueSafely(item) ? 1 : 0;
            }
        }
        return queued;
    }

    /** Never throws: an exception would end the periodic claims. A failed one is tried in a later round. */
    private boolean queueSafely(UpdateInbox.Item item) {
        try {
            return queue(item);
        } catch (RuntimeException e) {
            inFlight.remove(item.updateId());
            LOG.warn("could not queue update {} ({}); trying again", item.updateId(), token.redact(String.valueOf(e)));
            return false;
        }
    }

    private boolean queue(UpdateInbox.Item item) {
        Update update = parse(item);
        if (update == null) {
            inbox.done(me.id(), item.updateId());
            inFlight.remove(item.updateId());
            return false;
        }
        long queued = System.nanoTime();
        if (!lanes.submit(item.chatKey(), () -> run(update, queued))) {
            LOG.info("update {} left in the inbox: the bot is stopping", update.getUpdateId());
            return false;
        }
        return true;
    }

    private void renew() {
        try {
            inbox.renew(me.id(), instance.id(), instance.lease());
        } catch (RuntimeException e) {
            LOG.warn("could not renew this instance's leases ({})", token.redact(String.valueOf(e)));
        }
    }

    private void noteRedelivered(List<UpdateInbox.Item> items, List<UpdateInbox.Item> added) {
        Set<Long> fresh = added.stream().map(UpdateInbox.Item::updateId).collect(java.util.stream.Collectors.toSet());
        items.stream().filter(i -> !fresh.contains(i.updateId()))
                .forEach(i -> LOG.info("update {} was received before; not handled again", i.updateId()));
    }

    /**
     * Claims nothing more, starts no further update and lets the ones in progress finish, for at most
     * {@code drain}; then interrupts them. Updates not finished stay in the inbox, their leases released, for
     * any instance (this one at its next start).
     *
     * @return true if every update in progress was finished in time
     */
    public boolean close(Duration drain) {
        synchronized (this) {
            claiming = false;
        }
        boolean finished = lanes.close(drain);
        claimer.shutdownNow();
        if (!finished) {
            LOG.warn("stopped with answers still in progress after {} s; they are answered later",
                    drain.toSeconds());
        }
        release();
        return finished;
    }

    /** Gives this instance's leases back, so that another instance answers the updates left at once. */
    private void release() {
        try {
            int released = inbox.release(me.id(), instance.id());
            if (released > 0) {
                LOG.info("released {} updates not answered to the other instances", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not release this instance's leases ({}); they expire in {} s",
                    token.redact(String.valueOf(e)), instance.lease().toSeconds());
        }
    }

    private List<UpdateInbox.Item> store(List<UpdateInbox.Item> items) {
        Duration wait = FIRST_STORE_RETRY;
        while (true) {
            try {
                return inbox.add(me.id(), items);
            } catch (RuntimeException e) {
                LOG.error("could not store {} received updates ({}); trying again in {} ms", items.size(),
                        token.redact(String.valueOf(e)), wait.toMillis());
            }
            sleep(wait);
            wait = wait.multipliedBy(2).compareTo(MAX_STORE_RETRY) > 0 ? MAX_STORE_RETRY : wait.multipliedBy(2);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while storing received updates", e);
        }
    }

    /** What became of a handled update. */
    private enum Outcome {
        /** Marked done: claimed no more. */
        DONE,
        /** The database failed before the update was done: claimed and handled again. */
        AGAIN,
        /** Stopped mid-answer, or not marked done: not handled again by this run. */
        KEEP
    }

    /**
     * Handles a claimed update, logging (DEBUG) how long it waited for its lane and how long it took. Once it is
     * done (or to be handled again) it leaves {@link #inFlight}, and the chat's next update is looked for; one
     * kept stays there, so this run does not answer it again.
     */
    private void run(Update update, long queued) {
        long started = System.nanoTime();
        Outcome outcome = handle(update);
        LOG.debug("update {}: {} ms waiting for its lane, {} ms to answer and mark done", update.getUpdateId(),
                (started - queued) / 1_000_000, millisSince(started));
        if (outcome != Outcome.KEEP) {
            forget(update.getUpdateId());
            wake();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Takes an update out of {@link #inFlight} under the claim round's lock, so that a round that read it from
     * the inbox before it was marked done cannot hand it out again.
     */
    private synchronized void forget(long updateId) {
        inFlight.remove(updateId);
    }

    private Outcome handle(Update update) {
        Inbound inbound;
        try {
            inbound = router.route(update);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("update {} could not be routed", update.getUpdateId(), RedactedThrowable.of(e, token));
            return markDone(update);
        }
        Outcome answered = inbound == Inbound.Ignore.INSTANCE ? Outcome.DONE : answer(update, inbound);
        return answered == Outcome.DONE ? markDone(update) : answered;
    }

    /**
     * Answers; a failure gets the user an apology, except a database failure (the database is switching servers,
     * or down: a question's reply is sent only after the answer's reads and writes, so it was not sent), after which the
     * update is handled again.
     */
    private Outcome answer(Update update, Inbound inbound) {
        try {
            conversation.handle(inbound, sentAt(update));
            return Outcome.DONE;
        } catch (RuntimeException | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.warn("update {} interrupted by the stop; answered later", update.getUpdateId());
                return Outcome.KEEP;
            }
            if (e instanceof StoreException) {
                LOG.warn("update {}: the database failed ({}); it is answered again", update.getUpdateId(),
                        token.redact(String.valueOf(e)));
                return Outcome.AGAIN;
            }
            LOG.error("update {} failed", update.getUpdateId(), RedactedThrowable.of(e, token));
            apologize(inbound);
            return Outcome.DONE;
        }
    }

    private Outcome markDone(Update update) {
        try {
            inbox.done(me.id(), update.getUpdateId());
            return Outcome.DONE;
        } catch (RuntimeException e) {
            LOG.error("update {} answered but not marked done ({}); it may be answered again after a restart",
                    update.getUpdateId(), token.redact(String.valueOf(e)));
            return Outcome.KEEP;
        }
    }

    private void apologize(Inbound inbound) {
        try {
            if (inbound instanceof Inbound.Ask a) {
                replies.text(a.chat(), a.messageId(), BotTexts.APOLOGY);
            } else if (inbound instanceof Inbound.Run r) {
                replies.text(r.chat(), r.messageId(), BotTexts.APOLOGY);
            } else if (inbound instanceof Inbound.NonText n) {
                replies.text(n.chat(), n.messageId(), BotTexts.APOLOGY);
            } else if (inbound instanceof Inbound.Add a) {
                replies.text(a.chat(), a.messageId(), BotTexts.APOLOGY);
            } else if (inbound instanceof Inbound.Press p) {
                replies.pressed(p.callbackId(), BotTexts.APOLOGY);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not apologise: {}", token.redact(String.valueOf(e)));
        }
    }

    private UpdateInbox.Item item(Update update) {
        try {
            return new UpdateInbox.Item(update.getUpdateId(), chatKey(update), json.writeValueAsString(update));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("update " + update.getUpdateId() + " cannot be written as JSON", e);
        }
    }

    private Update parse(UpdateInbox.Item item) {
        try {
            return json.readValue(item.body(), Update.class);
        } catch (JsonProcessingException e) {
            LOG.error("stored update {} cannot be read back ({}); dropped", item.updateId(), e.getOriginalMessage());
            return null;
        }
    }

    /**
     * When the user sent the update's message (Telegram's {@code date}, whole seconds), in nanoseconds since the
     * epoch: the clock of the bot's {@link ChatRateLimiter}; now for anything without a date.
     */
    static long sentAt(Update u) {
        Integer date = u.hasMessage() ? u.getMessage().getDate() : null;
        return date != null && date > 0 ? TimeUnit.SECONDS.toNanos(date) : epochNanos();
    }

    /** Now, in nanoseconds since the epoch (millisecond resolution). */
    public static long epochNanos() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    }

    /** The chat an update belongs to, so that one chat's updates are handled in order. */
    static long chatKey(Update u) {
        if (u.hasMessage()) {
            return u.getMessage().getChatId();
        }
        if (u.hasCallbackQuery()) {
            CallbackQuery q = u.getCallbackQuery();
            if (q.getMessage() != null && q.getMessage().getChatId() != null) {
                return q.getMessage().getChatId();
            }
            if (q.getFrom() != null) {
                return q.getFrom().getId();
            }
        }
        return u.getUpdateId();
    }
}
