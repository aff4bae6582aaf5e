package dev.citebot.cli.bench;

import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.article.Scope;
import dev.citebot.store.PassageStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.List;
import java.util.function.Consumer;

/**
 * Times, at the current store size, dense search in our store and in the baseline's (each asked for as many
 * results as its pipeline asks for) and our end-to-end answers. Every timed loop runs once untimed first.
 */
final class Latencies {
    static final int OUR_CANDIDATES = 30;

    private final PassageStore ours;
    private final ExtractiveAnswerer answerer;
    private final int rounds;

    Latencies(PassageStore ours, ExtractiveAnswerer answerer, int rounds) {
        this.ours = ours;
        this.answerer = answerer;
        this.rounds = rounds;
    }

    /** @param baseline a store holding the same rows as ours, or null to leave the baseline's figures out (NaN) */
    SizeReport measure(List<Embedding> queries, List<String> questions, int synthetic,
                       InMemoryEmbeddingStore<TextSegment> baseline) {
        Percentiles search = search(ours, queries, OUR_CANDIDATES);
        Percentiles base = baseline == null ? null : search(baseline, queries, Baseline.MAX_RESULTS);
        Percentiles ask = time(questions, q -> answerer.answer(q, Scope.ALL));
        return new SizeReport(ours.size(), synthetic, search.at(50), search.at(95),
                base == null ? Double.NaN : base.at(50), base == null ? Double.NaN : base.at(95),
                ask.at(50), ask.at(95), ask.at(99));
    }

    private Percentiles search(EmbeddingStore<TextSegment> store, List<Embedding> queries, int maxResults) {
        return time(queries, q -> store.search(EmbeddingSearchRequest.builder().queryEmbedding(q)
                .maxResults(maxResults).build()));
    }

    private <T> Percentiles time(List<T> inputs, Consumer<T> work) {
        inputs.forEach(work);
        double[] millis = new double[inputs.size() * rounds];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (T input : inputs) {
                long start = System.nanoTime();
                work.accept(input);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        return new Percentiles(millis);
    }
}
