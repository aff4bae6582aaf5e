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
    /** How long the exit waits for runs under way: one run of {@link #RUN} sentences takes well under a second. */
    private static final int EXIT_WAIT_S = 10;

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

    /**
     * Makes the JVM's exit wait until no thread of the model runs in ONNX Runtime: at exit its native library tears
     * itself down, and a thread still inside a session's run or its building then dies in native code (SIGSEGV,
     * exit 134, an {@code hs_err_pid*.log} in the working directory) — measured in 4 of 8 SIGTERMs in the first
     * six seconds of an ingest, and in none of 10 with this hook once the session was built. The hook drops the runs
     * not yet started and waits up to {@value #EXIT_WAIT_S} s for those under way; a question embeds on its caller's
     * thread, so a bot finishing its replies at exit does not need these threads. A stop while the session is
     * still being built (about a second after the start) can still end in that crash, the hook waiting meanwhile:
     * 2 of 2 SIGTERMs at 1 s, 4 of 8 at 0.7–1.2 s in another series, 0 of 10 at 0.8–1.2 s on a busier machine.
     */
    void stopAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::halt, "citebot-model-exit"));
    }

    private void halt() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(EXIT_WAIT_S, TimeUnit.SECONDS);
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
