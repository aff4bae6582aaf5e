package dev.citebot.store.h2;

/**
 * Where a search reads the exact vectors of its last candidates: the stored float32 vectors, which memory keeps
 * only in quantised form ({@link QuantizedRows}).
 */
@FunctionalInterface
interface ExactVectors {
    /**
     * The L2-normalised float32 vector of each of {@code rows} of {@code index}, in that order; null for a row
     * that is no longer stored (removed since the snapshot was taken).
     */
    float[][] read(VectorIndex index, int[] rows);
}
