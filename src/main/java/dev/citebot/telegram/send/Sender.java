package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.api.TelegramRefusal;
import dev.citebot.telegram.api.RedactedThrowable;
import dev.citebot.telegram.render.Html;

import dev.citebot.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the Bot API reliably. A 429 is honoured: wait {@code retry_after}, then send again, as often as Telegram
 * asks within {@link #WAIT_BUDGET} of waiting in all, so a message arrives once; 5xx answers, unreadable answers
 * and network errors are retried with doubling backoff, {@link #MAX_TRIES} tries in all, each retry logged. This
 * policy is the only one that re-sends: the HTTP client must not retry by itself ({@code HttpClients.sending}),
 * so a request whose connection dropped after Telegram recorded it is sent again only here, and logged. Other
 * 4xx answers are final. A message Telegram refuses to parse ("can't parse entities") is
 * resent as plain text. Messages go through the {@link SendThrottle}. Optional calls are tried once, waited for
 * briefly, and their failures only logged.
 */
public final class Sender {
    /**
     * Six tries, 15.5 s of backoff in all: with 8 % of sends failing (5xx or a dropped connection), four tries
     * left about one reply in 25,000 unsent, which the load test of issue 12 met.
     */
    public static final int MAX_TRIES = 6;
    /** How long one call may wait in all on Telegram's 429 answers before it gives up. */
    static final Duration WAIT_BUDGET = Duration.ofSeconds(60);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    static final Duration OPTIONAL_WAIT = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final TelegramClient client;
    private final SendThrottle throttle;
    private final Sleeper sleeper;
    private final Secret token;

    public Sender(TelegramClient client, SendThrottle throttle, Sleeper sleeper, Secret token) {
        this.client = client;
        this.throttle = throttle;
        this.sleeper = sleeper;
        this.token = token;
    }

    /** @throws TelegramException when Telegram refuses the message or stays unreachable */
    Message send(OutgoingMessage m) {
        try {
            return call(request(m, true), m.chat());
        } catch (CantParseEntities e) {
            LOG.warn("Telegram could not parse a reply's HTML ({}); sending it as plain text", e.getMessage());
            return call(request(m, false), m.chat());
        }
    }

    /** Calls a method that must succeed, with the retries above but no throttling. */
    public <T extends Serializable> T call(BotApiMethod<T> method) {
        return call(method, null);
    }

    /**
     * Tries a call whose failure must not stop anything (typing indicator, command list, button answers), once,
     * waiting at most {@link #OPTIONAL_WAIT} for it.
     */
    public void optional(BotApiMethod<? extends Serializable> method) {
        try {
            client.executeAsync(method).get(OPTIONAL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.warn("optional call {} failed: {}", method.getMethod(), describe(e.getCause()));
        } catch (TimeoutException e) {
            LOG.warn("optional call {} got no answer within {} s", method.getMethod(), OPTIONAL_WAIT.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("optional call {} failed: {}", method.getMethod(), describe(e));
        }
    }

    /**
     * Registers the webhook ({@code setWebhook} goes as a multipart form, so it is no {@link BotApiMethod}), once.
     *
     * @throws TelegramException if Telegram refuses it or cannot be reached
     */
    public void setWebhook(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook hook) {
        try {
            if (!Boolean.TRUE.equals(client.execute(hook))) {
                throw new TelegramException("setWebhook was not accepted");
            }
        } catch (TelegramApiException e) {
            throw new TelegramException("setWebhook failed: " + describe(e), RedactedThrowable.of(e, token));
        }
    }

    public <T extends Serializable> T call(BotApiMethod<T> method, ChatRef throttled) {
        Retry retry = new Retry();
        long since = throttle.now();
        try {
            while (true) {
                try {
                    if (throttled != null) {
                        acquire(method, throttled, since);
                    }
                    return client.execute(method);
                } catch (TelegramApiValidationException e) {
                    throw failure(method, e);
                } catch (TelegramApiRequestException e) {
                    retry.after(method, e);
                } catch (TelegramApiException e) {
                    retry.afterNetworkError(method, e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramException(method.getMethod() + " interrupted", e);
        }
    }

    /**
     * Waits for a place under the sending limits, as old as the call ({@code since}: a retry goes before messages
     * asked for while it waited), logging (DEBUG) how long that took.
     */
    private void acquire(BotApiMethod<?> method, ChatRef chat, long since) throws InterruptedException {
        long started = System.nanoTime();
        throttle.acquire(chat, since);
        LOG.debug("{} to chat {}: {} ms waiting for a place under the sending limits", method.getMethod(), chat.id(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private SendMessage request(OutgoingMessage m, boolean html) {
        return SendMessage.builder()
                .chatId(m.chat().id())
                .messageThreadId(m.chat().threadId())
                .text(html ? m.html() : Html.toPlain(m.html()))
                .parseMode(html ? ParseMode.HTML : null)
                .replyParameters(m.replyTo() == null ? null
                        : ReplyParameters.builder().messageId(m.replyTo()).allowSendingWithoutReply(true).build())
                .replyMarkup(m.keyboard().orElse(null))
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
    }

    private TelegramException failure(BotApiMethod<?> method, Exception e) {
        return new TelegramException(method.getMethod() + " failed: " + describe(e), RedactedThrowable.of(e, token));
    }

    /** The exception's message and, if it has one, its root cause, without the token. */
    private String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return token.redact(e.getMessage() + (root == e ? "" : " (" + root + ")"));
    }

    private static boolean cantParse(TelegramApiRequestException e) {
        String response = e.getApiResponse();
        return response != null && response.toLowerCase(Locale.ROOT).contains("can't parse entities");
    }

    /** The retry state of one call: decides whether to wait and try again or give up. */
    private final class Retry {
        private int tries = 1;
        private Duration waited = Duration.ZERO;
        private Duration backoff = FIRST_BACKOFF;

        void after(BotApiMethod<?> method, TelegramApiRequestException e) throws InterruptedException {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            if (code == 429) {
                honour(method, e);
            } else if (code == 400 && cantParse(e)) {
                throw new CantParseEntities(token.redact(e.getApiResponse()));
            } else if (code >= 500 || code == 0) {
                afterNetworkError(method, e);
            } else {
                throw new TelegramRefusal(method.getMethod() + " failed: " + describe(e),
                        RedactedThrowable.of(e, token));
            }
        }

        void afterNetworkError(BotApiMethod<?> method, TelegramApiException e) throws InterruptedException {
            if (tries++ >= MAX_TRIES) {
                throw failure(method, e);
            }
            LOG.warn("{} failed ({}); trying again in {} ms", method.getMethod(), describe(e), backoff.toMillis());
            sleeper.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }

        private void honour(BotApiMethod<?> method, TelegramApiRequestException e) throws InterruptedException {
            Duration wait = Duration.ofSeconds(retryAfter(e));
            if (waited.plus(wait).compareTo(WAIT_BUDGET) > 0) {
                throw new TelegramException(method.getMethod() + " given up: Telegram asked to wait (429) "
                        + waited.toSeconds() + " s already and now " + wait.toSeconds() + " s more, over the "
                        + WAIT_BUDGET.toSeconds() + " s budget", RedactedThrowable.of(e, token));
            }
            waited = waited.plus(wait);
            LOG.warn("{}: Telegram asks to wait {} s (429); sending again after that", method.getMethod(),
                    wait.toSeconds());
            sleeper.sleep(wait);
        }

        private int retryAfter(TelegramApiRequestException e) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return seconds == null || seconds < 1 ? 1 : seconds;
        }
    }

    /** Telegram rejected the message's entities; the caller resends it without markup. */
    private static final class CantParseEntities extends RuntimeException {
        CantParseEntities(String message) {
            super(message, null, false, false);
        }
    }
}
