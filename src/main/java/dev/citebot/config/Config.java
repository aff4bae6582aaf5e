package dev.citebot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings citebot runs with. See {@link ConfigLoader} for where each comes from.
 *
 * @param telegramToken  the Bot API token; absent means "run a console chat instead of the bot"
 * @param telegramApiUrl the Bot API server, {@code scheme://host:port}
 * @param database       the H2 database file, without the {@code .mv.db} suffix; not used when {@code postgres} is set
 * @param llm            the language model that writes answers, or {@link LlmSettings#NONE} for extractive answers
 * @param library        who may add articles from the chat, and how pages are fetched
 * @param webhook        webhook mode; absent means long polling
 * @param instance       this instance's name and inbox lease, among the instances sharing the database
 * @param postgres       the PostgreSQL database that replaces the H2 file, when {@code CITEBOT_DB} is a
 *                       {@code postgresql://} URL
 * @param embedding      the model that embeds passages and questions
 */
public record Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database, LlmSettings llm,
                     LibrarySettings library, Optional<WebhookSettings> webhook, InstanceSettings instance,
                     Optional<PostgresSettings> postgres, EmbeddingChoice embedding) {
    public static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String TELEGRAM_API_URL = "TELEGRAM_API_URL";
    public static final String CITEBOT_DB = "CITEBOT_DB";
    public static final String CITEBOT_DB_PASSWORD = "CITEBOT_DB_PASSWORD";
    public static final String CITEBOT_LLM = "CITEBOT_LLM";
    public static final String CITEBOT_LLM_TIMEOUT = "CITEBOT_LLM_TIMEOUT";
    public static final String CITEBOT_PROMPTS_DIR = "CITEBOT_PROMPTS_DIR";
    public static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";
    public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    public static final String OPENAI_MODEL = "OPENAI_MODEL";
    public static final String OLLAMA_BASE_URL = "OLLAMA_BASE_URL";
    public static final String OLLAMA_MODEL = "OLLAMA_MODEL";
    public static final String CITEBOT_EMBEDDING_MODEL = "CITEBOT_EMBEDDING_MODEL";

    public static final String DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org";
    public static final String DEFAULT_DB = "./data/citebot";
    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    public static final String DEFAULT_OLLAMA_BASE_URL = "http://localhost:11434";
    public static final String DEFAULT_OLLAMA_MODEL = "llama3.1";

    public Config {
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(embedding, "embedding");
    }

    /** Settings on the H2 file {@code database} with the default embedding model. */
    public Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database, LlmSettings llm,
                  LibrarySettings library, Optional<WebhookSettings> webhook, InstanceSettings instance) {
        this(telegramToken, telegramApiUrl, database, llm, library, webhook, instance, Optional.empty(),
                EmbeddingChoice.DEFAULT);
    }

    /** Settings for long polling, as the host's only instance. */
    public Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database, LlmSettings llm,
                  LibrarySettings library) {
        this(telegramToken, telegramApiUrl, database, llm, library, Optional.empty(), InstanceSettings.defaults());
    }

    /** Settings with the default library settings. */
    public Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database, LlmSettings llm) {
        this(telegramToken, telegramApiUrl, database, llm, LibrarySettings.DEFAULT);
    }

    /** Settings without a language model: answers are extractive. */
    public Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database) {
        this(telegramToken, telegramApiUrl, database, LlmSettings.NONE);
    }

    public Config withDatabase(Path other) {
        return new Config(telegramToken, telegramApiUrl, other, llm, library, webhook, instance, Optional.empty(),
                embedding);
    }

    public Config withLlm(LlmSettings other) {
        return new Config(telegramToken, telegramApiUrl, database, other, library, webhook, instance, postgres,
                embedding);
    }

    public Config withLibrary(LibrarySettings other) {
        return new Config(telegramToken, telegramApiUrl, database, llm, other, webhook, instance, postgres, embedding);
    }

    /** The same settings on the PostgreSQL database {@code other}. */
    public Config withPostgres(PostgresSettings other) {
        return new Config(telegramToken, telegramApiUrl, database, llm, library, webhook, instance, Optional.of(other),
                embedding);
    }

    public Config withEmbedding(EmbeddingChoice other) {
        return new Config(telegramToken, telegramApiUrl, database, llm, library, webhook, instance, postgres, other);
    }

    /**
     * The folder of the H2 file, which also holds the local copies that make a start quicker (for a PostgreSQL
     * database too): the saved indexes' and the model's.
     */
    public Path databaseFolder() {
        return folderOf(database);
    }

    static Path folderOf(Path h2File) {
        return h2File.toAbsolutePath().getParent();
    }

    /** The database for people to read: the H2 file, or the PostgreSQL URL without its password. */
    public String databaseName() {
        return postgres.map(PostgresSettings::toString).orElse(String.valueOf(database));
    }

    @Override
    public String toString() {
        return "Config[telegramToken=" + telegramToken.map(t -> "set").orElse("unset")
                + ", telegramApiUrl=" + telegramApiUrl + ", database=" + databaseName() + ", llm=" + llm
                + ", library=" + library + ", webhook=" + webhook + ", instance=" + instance
                + ", embedding=" + embedding.setting() + "]";
    }
}
