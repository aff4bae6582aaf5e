package dev.citebot.retrieve;

import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.DerivedIndexStore.Saved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The saved part of the first corpus snapshot ({@link SavedCorpus}), read and decoded on a thread of its own while
 * the caller loads the embeddings. The snapshot's fingerprint needs the embeddings first, so without this the two
 * reads follow each other; at a million passages each takes seconds, much of it waiting on the database. Handed to
 * one {@link Corpus}, whose first build takes it when it was saved for exactly the rows and articles loaded.
 */
public final class SavedCorpusPrefetch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SavedCorpusPrefetch.class);

    private final AtomicReference<FutureTask<Optional<Saved<SavedCorpus>>>> pending;
    private final Thread reader;

    private SavedCorpusPrefetch(FutureTask<Optional<Saved<SavedCorpus>>> task, Thread reader) {
        this.pending = new AtomicReference<>(task);
        this.reader = reader;
    }

    /** Starts reading the saved part from {@code derived} on a daemon thread. */
    public static SavedCorpusPrefetch start(DerivedIndexStore derived) {
        FutureTask<Optional<Saved<SavedCorpus>>> task =
                new FutureTask<>(() -> derived.loadAny(Corpus.SAVED, SavedCorpus::load));
        Thread reader = new Thread(task, "corpus-prefetch");
        reader.setDaemon(true);
        reader.start();
        return new SavedCorpusPrefetch(task, reader);
    }

    /** Nothing read ahead: every build reads the saved part itself. */
    public static SavedCorpusPrefetch none() {
        return new SavedCorpusPrefetch(null, null);
    }

    /**
     * Waits for the read and returns the saved part if it was saved under {@code fingerprint}. Only the first call
     * can get it, and after that call nothing here holds it: later builds have other fingerprints.
     */
    Optional<SavedCorpus> take(String fingerprint) {
        FutureTask<Optional<Saved<SavedCorpus>>> task = pending.getAndSet(null);
        if (task == null) {
            return Optional.empty();
        }
        try {
            return task.get().filter(saved -> saved.fingerprint().equals(fingerprint)).map(Saved::index);
        } catch (ExecutionException e) {
            LOG.debug("reading the saved corpus ahead failed; it is read again: {}", e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Waits until the read has ended, so that nothing reads the database after its owner closes it; what was read
     * and not taken is dropped.
     */
    @Override
    public void close() {
        pending.set(null);
        if (reader == null) {
            return;
        }
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
