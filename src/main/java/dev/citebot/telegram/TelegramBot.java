package dev.citebot.telegram;

import dev.citebot.telegram.inbound.UpdateDispatcher;
import dev.citebot.telegram.inbound.PollBackOff;
import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.render.ReplyRenderer;
import dev.citebot.telegram.render.MessageSplitter;
import dev.citebot.telegram.api.RedactedThrowable;
import dev.citebot.telegram.inbound.UpdateHandler;
import dev.citebot.telegram.inbound.SpeakerQuotes;
import dev.citebot.telegram.send.SendThrottle;
import dev.citebot.telegram.inbound.UpdateRouter;
import dev.citebot.telegram.inbound.QuoteCommands;
import dev.citebot.telegram.send.Sleeper;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.inbound.ChatRateLimiter;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;
import dev.citebot.telegram.inbound.Commands;
import dev.citebot.telegram.inbound.DaemonThreads;
import dev.citebot.telegram.inbound.AdditionLimiter;
import dev.citebot.telegram.inbound.Additions;
import dev.citebot.telegram.inbound.ChatArticles;
import dev.citebot.telegram.inbound.LibraryParts;
import dev.citebot.telegram.inbound.PollCutoff;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.send.Sender;

import dev.citebot.config.WebhookSettings;
import dev.citebot.store.ChatStateStore;
import dev.citebot.store.UpdateInbox;
import dev.citebot.telegram.api.TelegramRefusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.store.ArticleStore;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Telegram front end: long-polls the Bot API with telegrambots, or in webhook mode serves Telegram's webhook
 * ({@link WebhookServer}, registered with {@code setWebhook} at start), and answers with the chat-aware answerer
 * (extractive or LLM answers, with conversation memory per chat). Several instances may serve one webhook on one
 * database: each answers only the updates it claimed in the shared inbox.
 *
 * <p>Lifecycle: {@link #start} learns the bot's username ({@code getMe}), registers the commands and starts
 * polling; {@link #close} stops polling, lets answers in progress finish (for at most
 * {@link BotSettings#drain()}) and releases every thread and connection; {@link #run} does both around waiting
 * for SIGTERM or SIGINT. Every thread the bot starts — polling, workers, HTTP — is a daemon owned and shut down
 * here. The database belongs to the caller.
 */
public final class TelegramBot implements AutoCloseable {
    static final List<String> UPDATE_TYPES = List.of("message", "callback_query");
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final Duration DONE_KEPT = Duration.ofDays(7);
    static final Duration FIRST_START_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_START_RETRY = Duration.ofSeconds(30);
    private static final Duration THREADS_STOP = Duration.ofSeconds(5);

    private final BotSettings settings;
    private final ChatAnswerer answerer;
    private final ArticleStore articles;
    private final SpeakerQuotes speakerQuotes;
    private final ChatStateStore chats;
    private final UpdateInbox inbox;
    private final Optional<LibraryParts> library;
    private final ChatArticles visible;
    private final PollCutoff cutoff = new PollCutoff();
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService pollThread;
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final Sender sender;
    private final TelegramBotsLongPollingApplication polling;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<UpdateDispatcher> dispatcher = new AtomicReference<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicReference<WebhookServer> webhook = new AtomicReference<>();

    public TelegramBot(BotSettings settings, ChatAnswerer answerer, ArticleStore articles,
                       SpeakerQuotes speakerQuotes, ChatStateStore chats, UpdateInbox inbox, Sleeper sleeper) {
        this(settings, answerer, articles, speakerQuotes, chats, inbox, sleeper, Optional.empty());
    }

    /** @param library what adding articles from the chat needs; empty: additions are refused with a message */
    public TelegramBot(BotSettings settings, ChatAnswerer answerer, ArticleStore articles,
                       SpeakerQuotes speakerQuotes, ChatStateStore chats, UpdateInbox inbox, Sleeper sleeper,
                       Optional<LibraryParts> library) {
        this.library = library;
        this.visible = library.isPresent()
                ? new ChatArticles(articles, chats, library.get().library()::hiddenFrom)
                : ChatArticles.all(articles, chats);
        this.settings = settings;
        this.speakerQuotes = speakerQuotes;
        this.answerer = answerer;
        this.articles = articles;
        this.chats = chats;
        this.inbox = inbox;
        this.httpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new DaemonThreads("citebot-http"));
        this.pollThread = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("citebot-poll"));
        this.sendHttp = HttpClients.sending(new Dispatcher(httpThreads));
        this.pollHttp = HttpClients.polling(new Dispatcher(httpThreads), cutoff);
        SendThrottle throttle = new SendThrottle(settings.messagesPerSecond(), settings.groupMessagesPerMinute(),
                System::nanoTime, sleeper);
        this.sender = new Sender(new OkHttpTelegramClient(new ObjectMapper(), sendHttp, settings.token().reveal(),
                telegramUrl(settings.apiUrl())), throttle, sleeper, settings.token());
        this.polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollThread,
                PollBackOff::new);
    }


    /**
     * Waits for the Bot API (see {@link #identify}), resumes the updates an earlier run left unanswered, then
     * starts polling and returns who the bot is.
     *
     * @throws TelegramException if Telegram refuses the token, or a stop was requested before it answered
     */
    public BotIdentity start() {
        BotIdentity me = identify();
        sender.optional(SetMyCommands.builder().commands(BotTexts.COMMANDS).build());
        inbox.forgetDoneBefore(Instant.now().minus(DONE_KEPT));
        UpdateDispatcher updates = dispatcher(me);
        dispatcher.set(updates);
        updates.resume();
        if (settings.webhook().isPresent()) {
            serveWebhook(settings.webhook().get(), updates);
            LOG.info("@{} is answering as instance {}; webhook {} ({} ms after the JVM started)", me.username(),
                    settings.instance().id(), settings.webhook().get().url(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
        } else {
            poll(updates);
            LOG.info("@{} is answering; polling {} ({} ms after the JVM started)", me.username(), settings.apiUrl(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return me;
    }

    private void poll(UpdateDispatcher updates) {
        try {
            polling.registerBot(settings.token().reveal(), () -> telegramUrl(settings.apiUrl()),
                    new DefaultGetUpdatesGenerator(UPDATE_TYPES), updates);
        } catch (TelegramApiException e) {
            throw new TelegramException("cannot start polling " + settings.apiUrl() + ": "
                    + settings.token().redact(String.valueOf(e)), RedactedThrowable.of(e, settings.token()));
        }
    }

    /** Starts the HTTP server, then registers the webhook, so that Telegram's first post finds it listening. */
    private void serveWebhook(WebhookSettings hook, UpdateDispatcher updates) {
        CitebotWebhookBot bot = new CitebotWebhookBot(hook, updates, sender);
        try {
            webhook.set(WebhookServer.start(hook, bot, settings.token()));
        } catch (RuntimeException e) {
            throw new TelegramException("cannot serve the webhook on " + hook.host() + " port " + hook.port() + ": "
                    + e.getMessage(), e);
        }
        bot.runSetWebhook();
    }

    /**
     * Starts, answers until SIGTERM or SIGINT (or {@link #requestStop}), then stops cleanly.
     *
     * @return the exit status, 0
     */
    public int run() {
        Thread hook = new Thread(this::stopFromHook, "citebot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            TerminationSignals.onTerminate(this::requestStop);
            if (!startUnlessStopped()) {
                return 0;
            }
            awaitStopRequest();
            LOG.info("stopping");
            return 0;
        } finally {
            close();
            removeHook(hook);
        }
    }

    /** @return false if a stop was requested while waiting for the Bot API */
    private boolean startUnlessStopped() {
        try {
            start();
            return true;
        } catch (TelegramException e) {
            if (stopRequested.getCount() == 0) {
                LOG.info("stopping: {}", e.getMessage());
                return false;
            }
            throw e;
        }
    }

    /** Asks {@link #run} to stop; returns at once. */
    public void requestStop() {
        stopRequested.countDown();
    }

    /** Stops polling, waits for answers in progress (bounded), releases all threads. Later calls do nothing. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        requestStop();
        stopPolling();
        stopWebhook();
        UpdateDispatcher updates = dispatcher.get();
        if (updates != null) {
            updates.close(settings.drain());
        }
        HttpClients.release(sendHttp, pollHttp);
        stopExecutor(httpThreads);
        stopped.countDown();
        LOG.info("stopped");
    }

    /**
     * Asks {@code getMe} until the Bot API answers: an unreachable or failing server is tried again after 1 s,
     * doubling up to 30 s, with a WARN line per try, until a stop is requested; a refusal (a wrong token) ends
     * the start at once.
     */
    private BotIdentity identify() {
        Duration wait = FIRST_START_RETRY;
        for (int attempt = 1; ; attempt++) {
            try {
                return identity(sender.call(new GetMe()));
            } catch (TelegramRefusal e) {
                throw new TelegramException("getMe at " + settings.apiUrl() + " failed; check TELEGRAM_BOT_TOKEN and "
                        + "TELEGRAM_API_URL (" + e.getMessage() + ")", e);
            } catch (TelegramException e) {
                LOG.warn("the Bot API at {} is not answering (try {}: {}); trying again in {} s", settings.apiUrl(),
                        attempt, e.getMessage(), wait.toSeconds());
            }
            if (awaitStop(wait)) {
                throw new TelegramException("stopped before the Bot API at " + settings.apiUrl() + " answered");
            }
            wait = wait.multipliedBy(2).compareTo(MAX_START_RETRY) > 0 ? MAX_START_RETRY : wait.multipliedBy(2);
        }
    }

    private boolean awaitStop(Duration wait) {
        try {
            return stopRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private BotIdentity identity(User me) {
        if (me == null || me.getUserName() == null) {
            throw new TelegramException("getMe at " + settings.apiUrl() + " returned no bot username");
        }
        return new BotIdentity(me.getId(), me.getUserName());
    }

    private UpdateDispatcher dispatcher(BotIdentity me) {
        Replies replies = new Replies(sender, new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));
        ChatRateLimiter limiter = new ChatRateLimiter(settings.questionsPerSecond(), settings.questionBurst(),
                UpdateDispatcher::epochNanos);
        ReplyRenderer renderer = new ReplyRenderer();
        QuoteCommands quotes = new QuoteCommands(speakerQuotes, articles, chats, replies, renderer, visible);
        Commands commands = new Commands(answerer, articles, chats, replies, renderer, me, settings.examples(),
                quotes, visible);
        AdditionLimiter additionLimit = new AdditionLimiter(library.map(l -> l.settings().addsPerHour()).orElse(1),
                System::nanoTime);
        Additions additions = new Additions(library, visible, chats, speakerQuotes, replies, additionLimit,
                new FileDownloads(sender, sendHttp, settings)::download, Clock.systemUTC());
        UpdateHandler conversation = new UpdateHandler(answerer, articles, chats, limiter, replies, renderer, commands,
                settings.maxQuestionLength(), visible, additions);
        int longestQuestion = library.isPresent() ? settings.maxQuestionLength() : Integer.MAX_VALUE;
        return new UpdateDispatcher(new UpdateRouter(me, longestQuestion), conversation, inbox, replies, me,
                settings.token(), settings.workers(), settings.instance());
    }

    private void stopPolling() {
        try {
            polling.close();
        } catch (Exception e) {
            LOG.warn("stopping the poller: {}", settings.token().redact(String.valueOf(e)));
        }
        cutoff.cut();
        stopExecutor(pollThread);
    }

    private void stopWebhook() {
        WebhookServer server = webhook.getAndSet(null);
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (RuntimeException e) {
            LOG.warn("stopping the webhook server: {}", settings.token().redact(String.valueOf(e)));
        }
    }

    private void awaitStopRequest() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For a JVM shutdown that no signal handler caught: stop, and give the stop time to finish. */
    private void stopFromHook() {
        requestStop();
        try {
            stopped.await(settings.drain().plus(THREADS_STOP).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook has run or will find the bot stopped
        }
    }

    private static void stopExecutor(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(THREADS_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(THREADS_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public static TelegramUrl telegramUrl(URI api) {
        boolean https = "https".equalsIgnoreCase(api.getScheme());
        int port = api.getPort() != -1 ? api.getPort() : https ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}
