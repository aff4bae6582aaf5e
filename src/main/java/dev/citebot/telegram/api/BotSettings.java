package dev.citebot.telegram.api;

import dev.citebot.config.Secret;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the bot runs. Its {@code toString} shows the token as {@code ****}.
 *
 * @param apiUrl                 the Bot API server, {@code scheme://host[:port]}
 * @param workers                threads answering updates; a chat's updates take one at a time, in order, and a
 *                               chat waiting on Telegram holds only its own thread
 * @param drain                  how long shutdown waits for answers in progress
 * @param maxQuestionLength      longer questions are refused with a message
 * @param questionsPerSecond     each chat's sustained request rate ...
 * @param questionBurst          ... and how many it may send at once
 * @param messagesPerSecond      overall sending limit (Telegram: 30)
 * @param groupMessagesPerMinute sending limit per group (Telegram: 20)
 * @param examples               example questions shown by {@code /start}
 */
public record BotSettings(Secret token, URI apiUrl, int workers, Duration drain, int maxQuestionLength,
                          double questionsPerSecond, int questionBurst, int messagesPerSecond,
                          int groupMessagesPerMinute, List<String> examples) {
    /** Fit the bundled seed article; {@code /start} shows them. */
    public static final List<String> SEED_EXAMPLES = List.of(
            "What did Dmitry Peskov say?",
            "Who warned that NATO troops in Ukraine could lead to a global conflict?",
            "Why did the Financial Times say the coalition's plan was dead?");

    public BotSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(drain, "drain");
        examples = List.copyOf(examples);
        if (workers < 1 || maxQuestionLength < 1 || questionsPerSecond <= 0 || questionBurst < 1
                || messagesPerSecond < 1 || groupMessagesPerMinute < 1) {
            throw new IllegalArgumentException("bot settings must be positive: " + this);
        }
    }

    /** Telegram's limits, 32 worker threads, ten seconds to finish answers, 1,000-character questions. */
    public static BotSettings of(Secret token, URI apiUrl) {
        return new BotSettings(token, apiUrl, 32, Duration.ofSeconds(10), 1_000, 1.0, 5, 30, 20, SEED_EXAMPLES);
    }

    public BotSettings withChatRate(double perSecond, int burst) {
        return new BotSettings(token, apiUrl, workers, drain, maxQuestionLength, perSecond, burst, messagesPerSecond,
                groupMessagesPerMinute, examples);
    }
}
