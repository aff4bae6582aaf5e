package dev.citebot.retrieve;

import dev.citebot.article.Scope;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.ArrayList;
import java.util.List;

/** BM25 over the stored sentences: the lexical half of the hybrid retrieval. */
final class LexicalContentRetriever implements ContentRetriever {
    private final CorpusSnapshot corpus;
    private final Scope scope;
    private final int maxResults;

    LexicalContentRetriever(CorpusSnapshot corpus, Scope scope, int maxResults) {
        this.corpus = corpus;
        this.scope = scope;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        List<Content> out = new ArrayList<>();
        List<LexicalIndex.Hit> hits = corpus.lexical().search(SearchTerms.terms(query.text()),
                doc -> scope.admits(corpus.passageArticle(doc)), maxResults);
        corpus.readTexts(hits.stream().map(hit -> corpus.passageArticle(hit.doc())).toList());
        for (LexicalIndex.Hit hit : hits) {
            Passage p = corpus.passage(hit.doc());
            String text = corpus.article(p.articleId()).map(a -> a.text().substring(p.start(), p.end())).orElse("");
            out.add(RetrievedPassages.content(text, p.articleId(), p.paragraph(), p.start(), p.end(),
                    RetrievedPassages.LEXICAL, hit.score()));
        }
        return out;
    }
}
