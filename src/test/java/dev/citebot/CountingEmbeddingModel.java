package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written wrapper around a real embedding model that counts what it embeds and can be told to fail
 * on its n-th call, to prove "nothing was re-embedded" and to break an ingest half-way.
 */
public final class CountingEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel delegate;
    private final int failOnCall;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger texts = new AtomicInteger();

    /** @param failOnCall the 1-based {@code embedAll} call that throws, or 0 for never */
    public CountingEmbeddingModel(EmbeddingModel delegate, int failOnCall) {
        this.delegate = delegate;
        this.failOnCall = failOnCall;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (calls.incrementAndGet() == failOnCall) {
            throw new IllegalStateException("injected failure on embedAll call " + failOnCall);
        }
        texts.addAndGet(segments.size());
        return delegate.embedAll(segments);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    public int calls() {
        return calls.get();
    }

    public int textsEmbedded() {
        return texts.get();
    }
}
