package dev.citebot;

import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.attribute.AttributionIndex;
import dev.citebot.attribute.IndexSpeakerFinder;
import dev.citebot.attribute.Lexicon;
import dev.citebot.attribute.RuleSpeakerFinder;
import dev.citebot.cli.context.Application;
import dev.citebot.store.ChatStateRepository;
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
import dev.citebot.store.H2ChatMemoryStore;
import dev.citebot.chat.llm.LlmAnswerer;
import dev.citebot.chat.llm.Prompts;
import dev.citebot.retrieve.Corpus;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.Retriever;
import dev.citebot.retrieve.ScoringWeights;
import dev.citebot.store.ArticleRepository;
import dev.citebot.store.Database;
import dev.citebot.store.DerivedIndexes;
import dev.citebot.store.H2EmbeddingStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.citebot.ingest.ArticleExtractor;
import dev.citebot.ingest.ArticleLibrary;
import dev.citebot.ingest.fetch.AddressPolicy;
import dev.citebot.ingest.fetch.FetchLimits;
import dev.citebot.ingest.fetch.PageFetcher;
import dev.citebot.ingest.fetch.Resolver;
import dev.citebot.store.h2.H2LibraryStore;
import dev.citebot.telegram.inbound.LibraryParts;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root: builds every part of citebot with {@code new}, in one place, and closes them.
 {@link Main} hands the command line to picocli; commands open an {@code App} only when they need one.
 */
public final class App implements Application {
    static final int EMBED_BATCH = 64;

    private final Config config;
    private final AutoCloseable ownModel;
    private final EmbeddingModel embeddingModel;
    private final Database database;
    private final ArticleRepository articles;
    private final H2EmbeddingStore store;
    private final ArticleReader reader;
    private final Ingestor ingestor;
    private final ExtractiveAnswerer answerer;
    private final ChatAnswerer chatAnswerer;
    private final AttributionIndex attributions;
    private final Retriever retriever;
    private final ArticleLibrary library;

    /** An application with the bundled model, which it loads and, on {@link #close}, stops. */
    public App(Config config) {
        this(config, BundledModel.start());
    }

    private App(Config config, BundledModel bundled) {
        this(config, bundled.model(), bundled);
    }

    /** An application with a model owned by the caller (a test's, or the one {@link #main} started early). */
    public App(Config config, EmbeddingModel model) {
        this(config, model, () -> { });
    }

    private App(Config config, EmbeddingModel model, AutoCloseable ownModel) {
        this.config = config;
        this.ownModel = ownModel;
        this.embeddingModel = model;
        this.database = Database.openShared(config.database());
        this.articles = new ArticleRepository(database);
        Lexicon lexicon = Lexicon.bundled();
        this.attributions = new AttributionIndex(database, new AttributionExtractor(lexicon), new ArticleSplitter());
        attributions.buildMissing();
        this.store = H2EmbeddingStore.builder().database(database).dimension(embeddingModel.dimension()).build();
        this.reader = new ArticleReader();
        this.ingestor = new Ingestor(new ArticleSplitter(), embeddingModel, database, articles, store, EMBED_BATCH,
                attributions);
        QuestionAnalyzer analyzer = new QuestionAnalyzer();
        this.retriever = new Retriever(new Corpus(articles, store, new DerivedIndexes(database)), store, embeddingModel,
                new IndexSpeakerFinder(attributions, new RuleSpeakerFinder(lexicon)), ScoringWeights.DEFAULT);
        this.answerer = new ExtractiveAnswerer(retriever, analyzer, ScoringWeights.DEFAULT);
        Conversations conversations = new Conversations(new H2ChatMemoryStore(database));
        ExtractiveChat extractiveChat = new ExtractiveChat(answerer, conversations);
        this.chatAnswerer = config.llm().enabled()
                ? new LlmAnswerer(config.llm(), Prompts.load(config.llm().promptsDir()), retriever, analyzer,
                        extractiveChat, conversations)
                : extractiveChat;
        this.library = new ArticleLibrary(ingestor, new H2LibraryStore(database), database, store);
        new SeedCorpus(reader, ingestor, articles).ingestIfEmpty();
    }

    /**
     * Finishes loading what the constructor leaves for the first question, for front ends that stay up to answer
     * many (the console chat, the Telegram bot): builds the corpus snapshot, waits for the embedding model, then
     * compacts the heap once (see {@link HeapCompaction}), so that the memory the bulk load took but no longer
     * needs goes back to the system before the first question.
     */
    @Override
    public void warmUp() {
        retriever.corpus();
        if (embeddingModel instanceof BackgroundEmbeddingModel background) {
            background.awaitLoaded();
        }
        HeapCompaction.afterLoad();
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
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public ExtractiveAnswerer answerer() {
        return answerer;
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
    public H2EmbeddingStore store() {
        return store;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public TelegramBot telegramBot(BotSettings settings) {
        LibraryParts parts = new LibraryParts(library, new PageFetcher(
                new AddressPolicy(config.library().allowLoopback()), Resolver.system(), FetchLimits.DEFAULT),
                new ArticleExtractor(), reader, config.library());
        return new TelegramBot(settings, chatAnswerer, articles, SpeakerQuotes.of(attributions),
                new ChatStateRepository(database), Sleeper.system(), Optional.of(parts));
    }

    @Override
    public void close() {
        database.close();
        try {
            ownModel.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the embedding model", e);
        }
    }

}
