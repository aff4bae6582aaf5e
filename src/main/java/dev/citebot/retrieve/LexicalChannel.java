package dev.citebot.retrieve;

import dev.citebot.article.Scope;

import java.util.ArrayList;
import java.util.List;

/** BM25 over the stored sentences ({@link LexicalIndex}): the best passages in scope for the question's words. */
final class LexicalChannel {
    private final int maxResults;

    LexicalChannel(int maxResults) {
        this.maxResults = maxResults;
    }

    List<ChannelHit> find(CorpusSnapshot corpus, String question, Scope scope) {
        List<LexicalIndex.Hit> hits = corpus.lexical().search(SearchTerms.terms(question),
                doc -> scope.admits(corpus.passageArticle(doc)), maxResults);
        List<ChannelHit> out = new ArrayList<>(hits.size());
        for (LexicalIndex.Hit hit : hits) {
            Passage p = corpus.passage(hit.doc());
            out.add(new ChannelHit(Channel.LEXICAL, p.articleId(), p.paragraph(), p.start(), p.end(), hit.score()));
        }
        return out;
    }
}
