package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * An embedding model that loads on another thread while the caller opens the database and loads the store (the
 * ONNX session takes about a second to build), and makes the first embedding call wait for it. The dimension is
 * declared up front, because the store needs it before the model exists.
 */
final class BackgroundEmbeddingModel implements EmbeddingModel {
    private final CompletableFuture<EmbeddingModel> model;
    private final int dimension;

    private BackgroundEmbeddingModel(CompletableFuture<EmbeddingModel> model, int dimension) {
        this.model = model;
        this.dimension = dimension;
    }

    static BackgroundEmbeddingModel start(Supplier<EmbeddingModel> load, int dimension, Executor executor) {
        return new BackgroundEmbeddingModel(CompletableFuture.supplyAsync(load, executor), dimension);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return loaded().embedAll(segments);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String modelName() {
        return loaded().modelName();
    }

    /** Waits until the model has loaded (or failed to, which the next call reports). */
    void awaitLoaded() {
        model.handle((m, e) -> null).join();
    }

    private EmbeddingModel loaded() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
