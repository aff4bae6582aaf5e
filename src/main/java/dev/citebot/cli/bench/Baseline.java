package dev.citebot.cli.bench;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.article.StoredArticle;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.List;

/**
 * The textbook LangChain4j retrieval pipeline, as the documentation builds it: {@code DocumentSplitters.recursive(300,
 * 30)}, the same embedding model, an {@link InMemoryEmbeddingStore} and an {@link EmbeddingStoreContentRetriever}
 * with {@code maxResults(3)}. It has no answerer of its own, so {@link #answer} takes its first retrieved chunk as the
 * quote, with no speaker, and never refuses.
 */
public final class Baseline {
    static final int CHUNK_CHARS = 300;
    static final int CHUNK_OVERLAP = 30;
    static final int MAX_RESULTS = 3;

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final ContentRetriever retriever;
    private final DocumentSplitter splitter = DocumentSplitters.recursive(CHUNK_CHARS, CHUNK_OVERLAP);

    /** @param model embeds the chunks; {@code queryModel} the questions (the same model, with its instruction) */
    public Baseline(EmbeddingModel model, EmbeddingModel queryModel) {
        this.model = model;
        this.retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(queryModel)
                .maxResults(MAX_RESULTS)
                .build();
    }

    /** Splits, embeds and stores the articles; returns the number of chunks stored. */
    public int ingest(List<StoredArticle> articles) {
        int chunks = 0;
        for (StoredArticle a : articles) {
            Document document = Document.from(a.text(), Metadata.from("title", a.title()).put("source", a.source()));
            List<TextSegment> segments = splitter.split(document);
            for (int from = 0; from < segments.size(); from += Benchmark.BATCH) {
                List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + Benchmark.BATCH));
                List<Embedding> embeddings = model.embedAll(batch).content();
                store.addAll(embeddings, batch);
            }
            chunks += segments.size();
        }
        return chunks;
    }

    /** The first retrieved chunk as the one quote (no speaker, no offsets); unanswered only if nothing is stored. */
    public Answer answer(String question) {
        long start = System.nanoTime();
        List<Content> found = retriever.retrieve(Query.from(question));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (found.isEmpty()) {
            return new Answer(question, false, "", "", List.of(), "baseline", millis);
        }
        TextSegment first = found.get(0).textSegment();
        String title = first.metadata().getString("title");
        Quote quote = new Quote(0, title, first.metadata().getString("source"), 0, 0, first.text().length(),
                first.text(), null, null);
        return new Answer(question, true, "", first.text(), List.of(quote), "baseline", millis);
    }
}
