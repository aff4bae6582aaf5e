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
import dev.citebot.store.H2EmbeddingStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: builds every part of citebot with {@code new}, in one place, and closes them.
 * {@link #main} hands the command line to picocli; commands open an {@code App} only when they need one.
 */
public final class App implements AutoCloseable {
    static final int EMBED_BATCH = 64;
    /** The dimension of the bundled all-MiniLM-L6-v2 model, known before it has loaded. */
    static final int MINILM_DIMENSION = 384;

    private final Config config;
    private final ExecutorService embeddingThreads;
    private final EmbeddingModel embeddingModel;
    private final Database database;
    private final ArticleRepository articles;
    private final H2EmbeddingStore store;
    private final ArticleReader reader;
    private final Ingestor ingestor;
    private final ExtractiveAnswerer answerer;
    private final Answerer chatAnswerer;
    private final AttributionIndex attributions;

    public App(Config config) {
        this(config, null);
    }

    /** @param model the embedding model to use, or {@code null} for the bundled in-process model */
    public App(Config config, EmbeddingModel model) {
        this.config = config;
        this.embeddingThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon());
        this.embeddingModel = model != null ? model : BackgroundEmbeddingModel.start(
                () -> new AllMiniLmL6V2QuantizedEmbeddingModel(embeddingThreads), MINILM_DIMENSION, embeddingThreads);
        this.database = Database.open(config.database());
        this.articles = new ArticleRepository(database);
        this.store = H2EmbeddingStore.builder().database(database).dimension(embeddingModel.dimension()).build();
        this.reader = new ArticleReader();
        Lexicon lexicon = Lexicon.bundled();
        this.attributions = new AttributionIndex(database, new AttributionExtractor(lexicon), new ArticleSplitter());
        attributions.buildMissing();
        this.ingestor = new Ingestor(new ArticleSplitter(), embeddingModel, database, articles, store, EMBED_BATCH,
                attributions);
        QuestionAnalyzer analyzer = new QuestionAnalyzer();
        Retriever retriever = new Retriever(new Corpus(articles, store), store, embeddingModel,
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

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, System.getenv(), Path.of(".env")));
    }

    /** Runs one command line and returns its exit code; {@code main} without the {@code System.exit}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                          Path dotEnv) {
        CitebotCommand root = new CitebotCommand(() -> new App(loadConfig(env, dotEnv)),
                db -> new App(loadConfig(env, dotEnv).withDatabase(db)), in, out, err);
        CommandLine cli = root.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Config loadConfig(Map<String, String> env, Path dotEnv) {
        return new ConfigLoader(env, dotEnv).load();
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
        embeddingThreads.shutdown();
        try {
            embeddingThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "citebot-embed");
            t.setDaemon(true);
            return t;
        };
    }

}
