package dev.citebot.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Indexes derived from the stored articles and embeddings, kept so that a start can load them instead of
 * rebuilding them: one entry per index name, with the fingerprint of the content it was built from and its bytes.
 * The articles and embeddings stay the source of truth: a caller loads an index only under the fingerprint of the
 * content it has in hand, and rebuilds (and saves) it otherwise.
 */
public interface DerivedIndexStore {

    /**
     * Reads the index {@code name} if it was saved under {@code fingerprint}.
     *
     * @param decode turns the saved bytes back into the index; an exception from it counts as no index
     */
    <T> Optional<T> load(String name, String fingerprint, Decoder<T> decode);

    /**
     * Reads the index {@code name} whatever it was saved under, with its fingerprint, for a caller that starts
     * reading before it knows the fingerprint it needs (a start, while the embeddings load) and checks it after.
     *
     * @param decode turns the saved bytes back into the index; an exception from it counts as no index
     */
    <T> Optional<Saved<T>> loadAny(String name, Decoder<T> decode);

    /** An index as read back, with the fingerprint of the content it was built from. */
    record Saved<T>(String fingerprint, T index) {
    }

    /**
     * Saves {@code data} as the index {@code name} built from the content with {@code fingerprint}, replacing any.
     * A failure is not thrown: the index is only a cache, and the caller has it in memory already.
     */
    void save(String name, String fingerprint, byte[] data);

    /** Reads an index back from the bytes it was saved as. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(InputStream in) throws IOException;
    }
}
