package dev.citebot.retrieve;

import dev.citebot.article.Scope;

import dev.citebot.attribute.SpeakerFinder;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.router.DefaultQueryRouter;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.data.segment.TextSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * Hybrid retrieval as a LangChain4j {@link RetrievalAugmentor}: a dense retriever over our embedding store,
 * a BM25 retriever and a quoted-phrase retriever are routed in parallel, and {@link EvidenceAggregator}
 * fuses and re-scores their candidates. Returns scored {@link Evidence}, best first.
 */
public final class Retriever {
    static final int CANDIDATES_PER_CHANNEL = 30;

    private final Corpus corpus;
    private final EmbeddingStore<TextSegment> store;
    private final EmbeddingModel model;
    private final SpeakerFinder speakers;
    private final ScoringWeights weights;

    public Retriever(Corpus corpus, EmbeddingStore<TextSegment> store, EmbeddingModel model, SpeakerFinder speakers,
                     ScoringWeights weights) {
        this.corpus = corpus;
        this.store = store;
        this.model = model;
        this.speakers = speakers;
        this.weights = weights;
    }

    public List<Evidence> retrieve(QuestionAnalysis question, Scope scope) {
        CorpusSnapshot snapshot = corpus.snapshot();
        RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
                .queryRouter(new DefaultQueryRouter(dense(scope), new LexicalContentRetriever(snapshot, scope,
                        CANDIDATES_PER_CHANNEL), new PhraseContentRetriever(snapshot, scope, question.quotedPhrase())))
                .contentAggregator(new EvidenceAggregator(snapshot, question, speakers, weights))
                .executor(Runnable::run)
                .build();
        UserMessage message = UserMessage.from(question.text());
        List<Content> contents = augmentor.augment(new AugmentationRequest(message,
                Metadata.from(message, null, List.of()))).contents();
        List<Evidence> out = new ArrayList<>(contents.size());
        for (Content c : contents) {
            if (c instanceof ScoredContent scored) {
                out.add(scored.evidence());
            }
        }
        return out;
    }

    public CorpusSnapshot corpus() {
        return corpus.snapshot();
    }

    private ContentRetriever dense(Scope scope) {
        return EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(CANDIDATES_PER_CHANNEL)
                .filter(scope.filter())
                .build();
    }
}
