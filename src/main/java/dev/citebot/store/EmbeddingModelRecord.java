package dev.citebot.store;

/**
 * Which embedding model made the stored vectors. Vectors of two models are not comparable even when they have
 * the same dimension, so a store holds vectors of one model only.
 */
public interface EmbeddingModelRecord {

    /**
     * Records {@code modelName} as the model of this store if it holds no vectors yet, and returns the model the
     * stored vectors were made by: {@code modelName} itself, or another name when vectors of another model are
     * stored (then nothing is changed).
     */
    String claim(String modelName);
}
