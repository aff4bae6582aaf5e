package dev.citebot;

import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.article.Scope;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.attribute.AttributionIndex;
import dev.citebot.attribute.AttributionPreload;
import dev.citebot.attribute.IndexSpeakerFinder;
import dev.citebot.attribute.Lexicon;
import dev.citebot.attribute.RuleSpeakerFinder;
import dev.citebot.cli.context.Application;
import dev.citebot.store.h2.H2UpdateInbox;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.inbound.SpeakerQuotes;
import dev.citebot.telegram.send.Sleeper;
import dev.citebot.telegram.TelegramBot;
import dev.citebot.config.Config;
import dev.citebot.config.ConfigException;
import dev.citebot.config.ConfigLoader;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.Ingestor;
import dev.citebot.ingest.SeedCorpus;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.chat.Conversations;
import dev.citebot.chat.ExtractiveChat;
import dev.citebot.chat.llm.LlmAnswerer;
import dev.citebot.chat.llm.Prompts;
import dev.citebot.retrieve.Corpus;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.Retriever;
import dev.citebot.retrieve.SavedCorpusPrefetch;
import dev.citebot.retrieve.ScoringWeights;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.ChatStateStore;
import dev.citebot.store.PassageStore;
import dev.citebot.store.UpdateInbox;
import dev.citebot.store.Transactions;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
import dev.citebot.store.h2.H2AttributionStore;
import dev.citebot.store.h2.H2ChatMemoryStore;
import dev.citebot.store.h2.H2ChatStateStore;
import dev.citebot.store.h2.H2DerivedIndexStore;
import dev.citebot.store.h2.H2EmbeddingModelRecord;
import dev.citebot.store.h2.H2EmbeddingStore;
import dev.citebot.store.h2.VectorsCopy;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import dev.citebot.ingest.ArticleExtractor;
import dev.citebot.ingest.ArticleLibrary;
import dev.citebot.ingest.fetch.AddressPolicy;
import dev.citebot.ingest.fetch.FetchLimits;
import dev.citebot.ingest.fetch.PageFetcher;
import dev.citebot.ingest.fetch.Resolver;
import dev.citebot.store.h2.H2LibraryStore;
import dev.citebot.store.h2.PostgresServer;
import dev.citebot.store.DatabaseServer;
import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.file.FileIndexCache;
import dev.citebot.config.PostgresSettings;
import dev.citebot.telegram.inbound.LibraryParts;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The composition root: builds every part of citebot with {@code new}, in one place, and closes them.
 * {@link Main} hands the command line to picocli; commands open an {@code App} only when they need one.
 */
public final class App implements Application {
    /**
     * Sentences handed to the model in one {@code embedAll} by the ingest: the bundled model sorts them by length
     * before cutting them into runs, so the more it is given, the less it pads; a progress line is possible after each.
     */
    static final int EMBED_BATCH = 512;
    /**
     * How long after {@link #readAhead} every article's attributions start being read: started at once, the read
     * took a core from the first answer while the start's own work was still compiling (100k: 2.03 → 2.14 s).
     */
    private static final Duration PRELOAD_DELAY = Duration.ofSeconds(1);
    /** The question {@link #warmUp} retrieves passages for; its answer is not used. */
    private static final String WARM_UP_QUESTION = "What was said about the plan?";

    private final Config config;
    private final AutoCloseable ownModel;
    private final EmbeddingModel embeddingModel;
    private final EmbeddingModel queryModel;
    private final Database database;
    private final ArticleStore articles;
    private final H2EmbeddingStore store;
    private final ArticleReader reader;
    private final Ingestor ingestor;
    private final ExtractiveAnswerer answerer;
    private final ChatAnswerer chatAnswerer;
    private final AttributionIndex attributions;
    private final Retriever retriever;
    private final ArticleLibrary library;
    private final ChatMemoryStore chatMemory;
    private final ChatStateStore chatStates;
    private final UpdateInbox updateInbox;
    /**
     * The saved corpus index, read on a thread of its own while the embeddings load, on both backends: at a million
     * passages on H2 a start's first answer came 0.3–0.4 s sooner once the vectors' codes were mapped in place (while
     * they were copied into the heap, the two reads only competed for the 2 cores; docs/benchmarks.md).
     */
    private final SavedCorpusPrefetch prefetch;
    private final AtomicReference<AttributionPreload> attributionPreload =
            new AtomicReference<>(AttributionPreload.none());
    private final QuestionAnalyzer analyzer;

    /** An application with the bundled model, which it loads and, on {@link #close}, stops. */
    public App(Config config) {
        this(config, BundledModel.start(config.embedding(), config.databaseFolder()));
    }

    private App(Config config, BundledModel bundled) {
        this(config, bundled.model(), bundled);
    }

    /**
     * An application with a model owned by the caller (a test's, or the one {@link Main#main} started early),
     * which must be the model {@code config} names: the database records it, and refuses to open with another.
     */
    public App(Config config, EmbeddingModel model) {
        this(config, model, () -> { });
    }

    private App(Config config, EmbeddingModel model, AutoCloseable ownModel) {
        this.config = config;
        this.ownModel = ownModel;
        this.embeddingModel = model;
        this.queryModel = QueryInstructionModel.of(model, config.embedding().queryInstruction());
        Path indexFiles = indexFilePrefix(config);
        VectorsCopy vectorsCopy = VectorsCopy.at(FileIndexCache.file(indexFiles, "vectors"), model.dimension())
                .readAhead();
        this.database = config.postgres().map(Database::openPostgres)
                .orElseGet(() -> Database.openShared(config.database()));
        SavedCorpusPrefetch started = SavedCorpusPrefetch.none();
        try {
            VectorModelCheck.claim(new H2EmbeddingModelRecord(database), config.embedding(), config.databaseName());
            DerivedIndexStore derived = new FileIndexCache(indexFiles, new H2DerivedIndexStore(database));
            started = SavedCorpusPrefetch.start(derived);
            this.prefetch = started;
            this.articles = new H2ArticleStore(database);
            Lexicon lexicon = Lexicon.bundled();
            this.attributions = new AttributionIndex(new H2AttributionStore(database), articles, database,
                    new AttributionExtractor(lexicon), new ArticleSplitter());
            attributions.buildMissing();
            this.store = H2EmbeddingStore.builder().database(database).dimension(embeddingModel.dimension())
                    .copy(vectorsCopy).build();
            this.reader = new ArticleReader();
            this.ingestor = new Ingestor(new ArticleSplitter(), embeddingModel, database, articles, store, EMBED_BATCH,
                    attributions);
            this.analyzer = new QuestionAnalyzer();
            ScoringWeights weights = ScoringWeights.forModel(config.embedding());
            this.retriever = new Retriever(new Corpus(articles, store, derived, prefetch), store,
                    queryModel, new IndexSpeakerFinder(attributions, new RuleSpeakerFinder(lexicon)), weights);
            this.answerer = new ExtractiveAnswerer(retriever, analyzer, weights, attributions::quotesBy,
                    attributions::speakers, lexicon);
            this.chatMemory = new H2ChatMemoryStore(database);
            this.chatStates = new H2ChatStateStore(database);
            this.updateInbox = new H2UpdateInbox(database);
            Conversations conversations = new Conversations(chatMemory);
            ExtractiveChat extractiveChat = new ExtractiveChat(answerer, conversations);
            this.chatAnswerer = config.llm().enabled()
                    ? new LlmAnswerer(config.llm(), Prompts.load(config.llm().promptsDir()), retriever, analyzer,
                            extractiveChat, conversations)
                    : extractiveChat;
            this.library = new ArticleLibrary(ingestor, new H2LibraryStore(database), database, store);
            new SeedCorpus(reader, ingestor, articles).ingestIfEmpty();
        } catch (RuntimeException | Error e) {
            abandon(started, e);
            throw e;
        }
    }

    /**
     * Undoes a start that failed after the database opened: the read ahead ends, the database closes and the model
     * stops, so that the process can open the database again (it refuses a second session of its own) and its
     * threads end. A failure while undoing is added to {@code cause}.
     */
    private void abandon(SavedCorpusPrefetch started, Throwable cause) {
        for (Runnable step : List.<Runnable>of(started::close, database::close, this::closeModel)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Where the copies of saved indexes are kept ({@link FileIndexCache}): beside the H2 file, or, for a PostgreSQL
     * database, in the H2 file's folder under a name of its server and database.
     */
    static Path indexFilePrefix(Config config) {
        return config.postgres()
                .map(pg -> config.database().resolveSibling(("pg-" + pg.host() + "-" + pg.port() + "-" + pg.database())
                        .replaceAll("[^A-Za-z0-9._-]", "_")))
                .orElse(config.database());
    }

    /** The databases of the PostgreSQL server {@code server} names (its database is not used), over JDBC. */
    public static DatabaseServer postgresServer(PostgresSettings server) {
        return new PostgresServer(server);
    }

    /**
     * Finishes loading what the constructor leaves for the first question, for front ends that stay up to answer
     * many (the console chat, the Telegram bot): builds the corpus snapshot, waits for the embedding model, retrieves
     * passages for one made-up question on the calling thread, then compacts the heap once (see
     * {@link HeapCompaction}), so that the memory the bulk load took but no longer needs goes back to the system
     * before the first question. The retrieval allocates what a search keeps per thread (the lexical index's score
     * array, megabytes at a million passages) before the compaction, not in the first question just after it, where
     * the collection that allocation starts found the load's long pauses still recent and grew the heap by gigabytes.
     */
    @Override
    public void warmUp() {
        CorpusSnapshot snapshot = retriever.corpus();
        if (embeddingModel instanceof BackgroundEmbeddingModel background) {
            background.awaitLoaded();
        }
        retriever.retrieve(snapshot, analyzer.analyze(WARM_UP_QUESTION), Scope.ALL);
        HeapCompaction.afterLoad();
    }

    @Override
    public void readAhead() {
        attributionPreload.getAndSet(AttributionPreload.start(attributions, PRELOAD_DELAY)).close();
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public ArticleReader reader() {
        return reader;
    }

    @Override
    public Ingestor ingestor() {
        return ingestor;
    }

    /** The articles added from the chat, with who may see them. */
    public ArticleLibrary library() {
        return library;
    }

    @Override
    public ArticleStore articles() {
        return articles;
    }

    @Override
    public ExtractiveAnswerer answerer() {
        return answerer;
    }

    /** The one retriever, which every answerer of this application shares. */
    public Retriever retriever() {
        return retriever;
    }

    @Override
    public ChatAnswerer chatAnswerer() {
        return chatAnswerer;
    }

    @Override
    public AttributionIndex attributions() {
        return attributions;
    }

    @Override
    public EmbeddingModel embeddingModel() {
        return embeddingModel;
    }

    @Override
    public EmbeddingModel queryModel() {
        return queryModel;
    }

    @Override
    public PassageStore store() {
        return store;
    }

    @Override
    public Transactions transactions() {
        return database;
    }

    /** Every chat's conversation, as the answerers keep it. */
    public ChatMemoryStore chatMemory() {
        return chatMemory;
    }

    /** Every Telegram chat's article scope. */
    public ChatStateStore chatStates() {
        return chatStates;
    }

    /** The Telegram updates claimed so far. */
    public UpdateInbox updateInbox() {
        return updateInbox;
    }

    @Override
    public TelegramBot telegramBot(BotSettings settings) {
        LibraryParts parts = new LibraryParts(library, new PageFetcher(
                new AddressPolicy(config.library().allowLoopback()), Resolver.system(), FetchLimits.DEFAULT),
                new ArticleExtractor(), reader, config.library());
        return new TelegramBot(settings, chatAnswerer, articles, SpeakerQuotes.of(attributions),
                chatStates, updateInbox, Sleeper.system(), Optional.of(parts));
    }

    /**
     * Closes the database and stops the model; first rewrites the local copy of the embeddings if this process added
     * more than a tenth of them (an ingest), so that the next start reads them from the copy
     * ({@link H2EmbeddingStore#refreshCopy}).
     */
    @Override
    public void close() {
        prefetch.close();
        attributionPreload.get().close();
        store.refreshCopy();
        database.close();
        closeModel();
    }

    private void closeModel() {
        try {
            ownModel.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the embedding model", e);
        }
    }
}
