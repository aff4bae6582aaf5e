package dev.citebot;

import dev.citebot.config.EmbeddingChoice;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A bundled embedding model (all-MiniLM-L6-v2 or bge-small-en-v1.5, both quantised) with the threads it embeds on, loading in the background from
 * the moment it is started (see {@link BackgroundEmbeddingModel}). {@link App#main} starts it before it reads the
 * command line, because building the ONNX session is the longest single step of a start; closing stops its threads.
 */
final class BundledModel implements AutoCloseable {
    /** The dimension of both bundled models, known before one has loaded. */
    static final int DIMENSION = 384;
    /** Sentences in one run of the model (see {@link MiniLmModel}): 8 to 64 measured alike, sorted by length. */
    static final int RUN = 16;

    private final ExecutorService threads;
    private final BackgroundEmbeddingModel model;

    private BundledModel(ExecutorService threads, BackgroundEmbeddingModel model) {
        this.threads = threads;
        this.model = model;
    }

    /**
     * Starts loading the model {@code choice} names; only that model's ONNX session is ever built. all-MiniLM
     * keeps a copy of its model file in {@code copies} and loads from it (see {@link ModelFile}); bge-small is
     * LangChain4j's own class, which reads its file from the jar at every start.
     */
    static BundledModel start(EmbeddingChoice choice, Path copies) {
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon());
        return new BundledModel(threads, BackgroundEmbeddingModel.start(() -> load(choice, threads, copies),
                DIMENSION, threads));
    }

    private static EmbeddingModel load(EmbeddingChoice choice, ExecutorService threads, Path copies) {
        return switch (choice) {
            case MINILM -> new MiniLmModel(threads, RUN, Optional.of(copies));
            case BGE_SMALL -> new BgeSmallEnV15QuantizedEmbeddingModel(threads);
        };
    }

    EmbeddingModel model() {
        return model;
    }

    /**
     * Waits for a load still in progress to end, then stops the threads. A JVM that exits while ONNX Runtime is
     * building its session can die in native code (SIGSEGV, exit 134): measured with a mistyped command, which
     * picocli answers before the model has loaded, in 2 of 5 runs.
     */
    @Override
    public void close() {
        model.awaitLoaded();
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread t = new Thread(runnable, "citebot-embed");
            t.setDaemon(true);
            return t;
        };
    }
}
