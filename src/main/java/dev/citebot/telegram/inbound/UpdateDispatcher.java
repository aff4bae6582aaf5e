package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.RedactedThrowable;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;

import dev.citebot.store.UpdateInbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Receives polled updates, writes them to the durable {@link UpdateInbox} before returning (telegrambots'
 * next poll confirms them to Telegram, so an update is never only in memory), and handles each in isolation
 * in its chat's lane ({@link ChatLanes}): one chat's updates in order, other chats side by side. An update is
 * marked done once its reply was accepted by Telegram, or its failure was answered with an apology and an ERROR
 * log line with the update id; a failure never stops a lane or polling. Updates not done — not started when the
 * bot stopped, or cut off by a crash — are handed out again by {@link #resume} at the next start; an update
 * cut off after Telegram accepted its reply but before it was marked done is answered again then. Stack
 * overflows are caught too: they come from deep recursion on hostile input (regular expressions), not from a
 * broken JVM.
 */
public final class UpdateDispatcher implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);
    static final Duration FIRST_STORE_RETRY = Duration.ofMillis(200);
    static final Duration MAX_STORE_RETRY = Duration.ofSeconds(10);

    private final UpdateRouter router;
    private final UpdateHandler conversation;
    private final UpdateInbox inbox;
    private final Replies replies;
    private final BotIdentity me;
    private final Secret token;
    private final ObjectMapper json = new ObjectMapper();
    private final ChatLanes lanes;

    public UpdateDispatcher(UpdateRouter router, UpdateHandler conversation, UpdateInbox inbox, Replies replies,
                            BotIdentity me, Secret token, int threads) {
        this.router = router;
        this.conversation = conversation;
        this.inbox = inbox;
        this.replies = replies;
        this.me = me;
        this.token = token;
        this.lanes = new ChatLanes(threads, new DaemonThreads("citebot-chat"));
    }

    /**
     * Stores the updates durably, then queues the new ones. Does not return until they are stored: a store
     * failure is logged and retried with backoff, because returning would let the next poll confirm updates
     * that exist nowhere. Interrupted (the bot is stopping), it throws, and no further poll confirms them.
     */
    @Override
    public void consume(List<Update> updates) {
        List<UpdateInbox.Item> items = updates.stream().map(this::item).toList();
        Map<Long, Update> byId = updates.stream().collect(Collectors.toMap(u -> (long) u.getUpdateId(),
                Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        long started = System.nanoTime();
        List<UpdateInbox.Item> added = store(items);
        LOG.debug("stored {} updates ({} new) in {} ms", items.size(), added.size(), millisSince(started));
        for (UpdateInbox.Item item : added) {
            dispatch(item.chatKey(), byId.remove(item.updateId()));
        }
        byId.keySet().forEach(id -> LOG.info("update {} was received before; not handled again", id));
    }

    /**
     * Queues every update left not done by an earlier run, oldest first.
     *
     * @return how many were resumed
     */
    public int resume() {
        List<UpdateInbox.Item> pending = inbox.pending(me.id());
        for (UpdateInbox.Item item : pending) {
            Update update = parse(item);
            if (update == null) {
                inbox.done(me.id(), item.updateId());
            } else {
                dispatch(item.chatKey(), update);
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("resuming {} updates left unanswered by the last run", pending.size());
        }
        return pending.size();
    }

    /**
     * Starts no further update and lets the ones in progress finish, for at most {@code drain}; then
     * interrupts them. Updates not finished stay in the inbox for the next start.
     *
     * @return true if every update in progress was finished in time
     */
    public boolean close(Duration drain) {
        boolean finished = lanes.close(drain);
        if (!finished) {
            LOG.warn("stopped with answers still in progress after {} s; they are answered at the next start",
                    drain.toSeconds());
        }
        return finished;
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

    private void dispatch(long chatKey, Update update) {
        long queued = System.nanoTime();
        if (!lanes.submit(chatKey, () -> handle(update, queued))) {
            LOG.info("update {} left in the inbox for the next start: the bot is stopping", update.getUpdateId());
        }
    }

    /** Handles the update, logging (DEBUG) how long it waited for its lane and how long it took. */
    private void handle(Update update, long queued) {
        long started = System.nanoTime();
        handle(update);
        LOG.debug("update {}: {} ms waiting for its lane, {} ms to answer and mark done", update.getUpdateId(),
                (started - queued) / 1_000_000, millisSince(started));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private void handle(Update update) {
        Inbound inbound;
        try {
            inbound = router.route(update);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("update {} could not be routed", update.getUpdateId(), RedactedThrowable.of(e, token));
            markDone(update);
            return;
        }
        if (inbound != Inbound.Ignore.INSTANCE && !answer(update, inbound)) {
            return;
        }
        markDone(update);
    }

    /** @return false if the bot was stopped mid-answer: the update stays in the inbox */
    private boolean answer(Update update, Inbound inbound) {
        try {
            conversation.handle(inbound, sentAt(update));
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.warn("update {} interrupted by the stop; answered at the next start", update.getUpdateId());
                return false;
            }
            LOG.error("update {} failed", update.getUpdateId(), RedactedThrowable.of(e, token));
            apologize(inbound);
            return true;
        }
    }

    private void markDone(Update update) {
        try {
            inbox.done(me.id(), update.getUpdateId());
        } catch (RuntimeException e) {
            LOG.error("update {} answered but not marked done ({}); it may be answered again after a restart",
                    update.getUpdateId(), token.redact(String.valueOf(e)));
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
