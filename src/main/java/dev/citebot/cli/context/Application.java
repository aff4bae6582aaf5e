package dev.citebot.cli.context;

import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.attribute.AttributionIndex;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.config.Config;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.Ingestor;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.PassageStore;
import dev.citebot.store.Transactions;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.TelegramBot;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * What the commands need of a running citebot, declared here so that the command line depends on this contract
 * and not on the composition root that builds it ({@code dev.citebot.App} implements it). Closing it closes the
 * database and whatever model it owns.
 */
public interface Application extends AutoCloseable {

    Config config();

    ArticleReader reader();

    Ingestor ingestor();

    ArticleStore articles();

    /** Single questions, answered extractively without conversation memory (eval, bench). */
    ExtractiveAnswerer answerer();

    /** Conversations with memory: LLM answers when {@code CITEBOT_LLM} names a provider, else extractive ones. */
    ChatAnswerer chatAnswerer();

    /** Who said what in every stored article. */
    AttributionIndex attributions();

    /** The model that embeds passages. */
    EmbeddingModel embeddingModel();

    /** The model that embeds questions: {@link #embeddingModel()} with the model's query instruction, if any. */
    EmbeddingModel queryModel();

    PassageStore store();

    /** The transactions of {@link #articles()}, {@link #store()} and {@link #attributions()}, to write to all three. */
    Transactions transactions();

    /** Loads what the first question would otherwise load, for front ends that stay up to answer many. */
    void warmUp();

    /**
     * Starts reading, a second later and on a daemon thread, what a later question may need and the first answer
     * does not (every article's attributions, for "What did X say?" over all articles); for front ends that stay
     * up, after {@link #warmUp}. {@link #close} cancels or waits for the read.
     */
    void readAhead();

    /** The Telegram bot over this application's answerer, articles, attributions and chat state. */
    TelegramBot telegramBot(BotSettings settings);

    @Override
    void close();
}
