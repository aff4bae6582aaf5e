package dev.citebot;

import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.attribute.AttributionIndex;
import dev.citebot.attribute.IndexSpeakerFinder;
import dev.citebot.attribute.Lexicon;
import dev.citebot.attribute.RuleSpeakerFinder;
import dev.citebot.cli.CitebotCommand;
import dev.citebot.config.Config;
import dev.citebot.config.ConfigException;
import dev.citebot.config.ConfigLoader;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.Ingestor;
import dev.citebot.ingest.SeedCorpus;
import dev.citebot.llm.Answerer;
import dev.citebot.llm.Conversations;
import dev.citebot.llm.ExtractiveChat;
import dev.citebot.llm.H2ChatMemoryStore;
import dev.citebot.llm.LlmAnswerer;
import dev.citebot.llm.Prompts;
import dev.citebot.retrieve.Corpus;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.Retriever;
import dev.citebot.retrieve.ScoringWeights;
import dev.citebot.store.ArticleRepository;
import dev.citebot.store.Database;
import dev.citebot.store.DerivedIndexes;
import dev.citebot.store.H2EmbeddingStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The composition root: builds every part of citebot with {@code new}, in one place, and closes them.
 * {@link #main} hands the command line to picocli; commands open an {@code App} only when they need one.
 */
public final class App implements AutoCloseable {
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
    private final Answerer chatAnswerer;
    private final AttributionIndex attributions;
    private final Retriever retriever;

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
        this.database = Database.open(config.database());
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
        new SeedCorpus(reader, ingestor, articles).ingestIfEmpty();
    }

    /**
     * Starts loading the bundled model first (nearly every command needs it, and the ONNX session takes longest
     * to build), then runs the command line with every application sharing that one model.
     */
    public static void main(String[] args) {
        int exitCode;
        try (BundledModel model = BundledModel.start()) {
            exitCode = run(args, System.in, System.out, System.err, System.getenv(), Path.of(".env"),
                    config -> new App(config, model.model()));
        }
        System.exit(exitCode);
    }

    /**
     * Runs one command line and returns its exit code; {@code main} without the {@code System.exit}. Each
     * application it opens loads the bundled model itself.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                          Path dotEnv) {
        return run(args, in, out, err, env, dotEnv, App::new);
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                           Path dotEnv, Function<Config, App> apps) {
        CitebotCommand root = new CitebotCommand(() -> apps.apply(loadConfig(env, dotEnv)),
                db -> apps.apply(loadConfig(env, dotEnv).withDatabase(db)), in, out, err);
        CommandLine cli = root.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Config loadConfig(Map<String, String> env, Path dotEnv) {
        return new ConfigLoader(env, dotEnv).load();
    }

    /**
     * Finishes loading what the constructor leaves for the first question, for front ends that stay up to answer
     * many (the console chat, the Telegram bot): builds the corpus snapshot, waits for the embedding model, then
     * compacts the heap once (see {@link HeapCompaction}), so that the memory the bulk load took but no longer
     * needs goes back to the system before the first question.
     */
    public void warmUp() {
        retriever.corpus();
        if (embeddingModel instanceof BackgroundEmbeddingModel background) {
            background.awaitLoaded();
        }
        HeapCompaction.afterLoad();
    }

    public Config config() {
        return config;
    }

    public ArticleReader reader() {
        return reader;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public ExtractiveAnswerer answerer() {
        return answerer;
    }

    /** Conversations with memory: LLM answers when {@code CITEBOT_LLM} names a provider, else extractive ones. */
    public Answerer chatAnswerer() {
        return chatAnswerer;
    }

    /** Who said what in every stored article. */
    public AttributionIndex attributions() {
        return attributions;
    }

    public EmbeddingModel embeddingModel() {
        return embeddingModel;
    }

    public H2EmbeddingStore store() {
        return store;
    }

    public Database database() {
        return database;
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
