package dev.citebot.retrieve;

import dev.citebot.article.Passages;
import dev.citebot.article.Scope;
import dev.citebot.article.Sentence;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored sentences nearest the question in embedding space: the question embedded by the model, the store
 * searched with the scope's filter (what LangChain4j's {@code EmbeddingStoreContentRetriever} does, with minimum
 * score 0). Segments that are not passages ({@link Passages#isPassage}) are skipped.
 */
final class DenseChannel {
    private final EmbeddingStore<TextSegment> store;
    private final EmbeddingModel model;
    private final int maxResults;

    DenseChannel(EmbeddingStore<TextSegment> store, EmbeddingModel model, int maxResults) {
        this.store = store;
        this.model = model;
        this.maxResults = maxResults;
    }

    List<ChannelHit> find(String question, Scope scope) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .query(question)
                .queryEmbedding(model.embed(question).content())
                .maxResults(maxResults)
                .minScore(0.0)
                .filter(scope.filter())
                .build();
        List<ChannelHit> out = new ArrayList<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            TextSegment segment = match.embedded();
            if (segment != null && Passages.isPassage(segment)) {
                Sentence s = Passages.sentence(segment);
                out.add(new ChannelHit(Channel.DENSE, Passages.articleId(segment), s.paragraph(), s.start(), s.end(),
                        match.score()));
            }
        }
        return out;
    }
}
