package dev.citebot;

import dev.citebot.config.EmbeddingChoice;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

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
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final ExecutorService threads;
    private final BackgroundEmbeddingModel model;
    /** Counted down once a stop signal's exit has begun. */
    private final CountDownLatch exiting = new CountDownLatch(1);

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
        if (exiting.getCount() == 0) {
            awaitExit();
        }
        model.awaitLoaded();
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes SIGTERM and SIGINT quiet the model before the JVM's exit begins, then exit as the JVM would (143,
     * 130). ONNX Runtime registers a shutdown hook of its own that releases its environment, and shutdown hooks
     * run at once, in no order: a thread still building the session or inside a run then dies in native code
     * (SIGSEGV, exit 134, an {@code hs_err_pid*.log} in the working directory). Measured: 4 of 8 SIGTERMs in the
     * first six seconds of an ingest, and 5 of 20 at 0.4–1.6 s (while the session is built) even with a hook of
     * ours waiting for the model, which runs beside ONNX Runtime's and so cannot hold it back. The handler drops
     * the runs not yet started and waits up to {@value #EXIT_WAIT_S} s for the session's building and the runs
     * under way; only then does the exit, with its hooks, begin, and {@link #close} holds the command's own exit
     * meanwhile. A handler installed later (the bot's, which turns the signal into a stop request) replaces this
     * one; where the JVM refuses the signals, a shutdown hook does the same wait, with the race above. A question
     * embeds on its caller's thread, which this does not wait for.
     */
    void stopAtExit() {
        for (String name : SIGNALS) {
            try {
                AtomicReference<SignalHandler> previous = new AtomicReference<>();
                previous.set(Signal.handle(new Signal(name), signal -> exitQuietly(signal, previous.get())));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::halt, "citebot-model-exit"));
                return;
            }
        }
    }

    private void exitQuietly(Signal signal, SignalHandler previous) {
        if (previous == SignalHandler.SIG_IGN) {
            return;
        }
        exiting.countDown();
        halt();
        if (previous == null || previous == SignalHandler.SIG_DFL) {
            System.exit(128 + signal.getNumber());
        }
        previous.handle(signal);
    }

    /**
     * Holds a caller that would end the process while a signal's exit is under way: a command whose runs the
     * signal refused fails and returns, and its {@code System.exit(1)} would otherwise race the signal's 143.
     */
    private void awaitExit() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
