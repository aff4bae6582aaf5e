package dev.citebot.retrieve;

import dev.citebot.article.Scope;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quotation the question itself contains ("Who said “…”?") in the article texts, ignoring case,
 * typographic quote style and white space. Returns the whole sentences around each match, which may be
 * several when the quotation runs across sentences.
 */
final class PhraseContentRetriever implements ContentRetriever {
    private static final int MAX_MATCHES = 5;

    private final CorpusSnapshot corpus;
    private final Scope scope;
    private final Optional<String> phrase;

    /** @param phrase the quotation the question contains, as the question's analysis found it */
    PhraseContentRetriever(CorpusSnapshot corpus, Scope scope, Optional<String> phrase) {
        this.corpus = corpus;
        this.scope = scope;
        this.phrase = phrase;
    }

    @Override
    public List<Content> retrieve(Query query) {
        List<Content> out = new ArrayList<>();
        phrase.ifPresent(quoted -> {
            String folded = FoldedText.fold(quoted, LetterCase.IGNORED);
            for (ArticleView article : corpus.articlesWithTexts(scope)) {
                if (out.size() >= MAX_MATCHES) {
                    break;
                }
                collect(article, folded, out);
            }
        });
        return out;
    }

    /** Adds the article's matches until {@link #MAX_MATCHES} are found in all. */
    private static void collect(ArticleView article, String folded, List<Content> out) {
        int[] match = article.folded().find(folded, 0);
        while (match != null) {
            List<Passage> around = article.overlapping(match[0], match[1]);
            if (!around.isEmpty()) {
                Passage first = around.get(0);
                int end = around.get(around.size() - 1).end();
                out.add(RetrievedPassages.content(article.text().substring(first.start(), end), article.id(),
                        first.paragraph(), first.start(), end, RetrievedPassages.PHRASE, 1.0));
            }
            if (out.size() >= MAX_MATCHES) {
                return;
            }
            match = article.folded().find(folded, match[1]);
        }
    }
}
