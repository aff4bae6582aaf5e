package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.RedactedThrowable;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;

import dev.citebot.store.UpdateClaims;

import dev.citebot.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Receives polled updates and handles each in isolation on a worker chosen by chat, so one chat's updates are
 * handled in order while other chats go on. Each actionable update is claimed ({@link UpdateClaims}) right
 * before it is handled, so a restart never answers it twice. A failure gives the user a short apology and an ERROR log line with the
 * update id; it never stops the worker or polling. Stack overflows are caught too: they come from deep
 * recursion on hostile input (regular expressions), not from a broken JVM.
 */
public final class UpdateDispatcher implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateRouter router;
    private final UpdateHandler conversation;
    private final UpdateClaims claims;
    private final Replies replies;
    private final BotIdentity me;
    private final Secret token;
    private final List<ThreadPoolExecutor> workers = new ArrayList<>();

    public UpdateDispatcher(UpdateRouter router, UpdateHandler conversation, UpdateClaims claims, Replies replies,
                     BotIdentity me, Secret token, int workerCount) {
        this.router = router;
        this.conversation = conversation;
        this.claims = claims;
        this.replies = replies;
        this.me = me;
        this.token = token;
        DaemonThreads threads = new DaemonThreads("citebot-chat");
        for (int i = 0; i < workerCount; i++) {
            workers.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::dispatch);
    }

    /**
     * Stops taking updates and lets the workers finish what they hold, for at most {@code drain}; then
     * interrupts them. Updates not started are left unclaimed, so Telegram delivers them again next time.
     *
     * @return true if every update taken was finished in time
     */
    public boolean close(Duration drain) {
        workers.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + drain.toNanos();
        boolean finished = true;
        for (ExecutorService w : workers) {
            finished &= await(w, deadline);
        }
        if (!finished) {
            workers.forEach(ExecutorService::shutdownNow);
            LOG.warn("stopped with answers still in progress after {} s", drain.toSeconds());
        }
        return finished;
    }

    private void dispatch(Update update) {
        int slot = (int) Math.floorMod(chatKey(update), (long) workers.size());
        try {
            workers.get(slot).execute(() -> handle(update));
        } catch (RejectedExecutionException e) {
            LOG.warn("update {} left for the next start: the bot is stopping", update.getUpdateId());
        }
    }

    private void handle(Update update) {
        Inbound inbound;
        try {
            inbound = router.route(update);
            if (inbound == Inbound.Ignore.INSTANCE) {
                return;
            }
            if (!claims.claim(me.id(), update.getUpdateId())) {
                LOG.info("update {} was handled before; skipped", update.getUpdateId());
                return;
            }
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("update {} could not be routed or claimed", update.getUpdateId(), RedactedThrowable.of(e, token));
            return;
        }
        try {
            conversation.handle(inbound);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("update {} failed", update.getUpdateId(), RedactedThrowable.of(e, token));
            apologize(inbound);
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
            } else if (inbound instanceof Inbound.Press p) {
                replies.pressed(p.callbackId(), BotTexts.APOLOGY);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not apologise: {}", token.redact(String.valueOf(e)));
        }
    }

    /** The chat an update belongs to, so that one chat's updates are handled in order. */
    private static long chatKey(Update u) {
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

    private static boolean await(ExecutorService w, long deadline) {
        try {
            return w.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
