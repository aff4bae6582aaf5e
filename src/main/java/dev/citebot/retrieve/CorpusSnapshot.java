package dev.citebot.retrieve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything retrieval reads, frozen at one version of the store. Immutable, so concurrent questions
 * share it without locks; a new version builds a new snapshot.
 *
 * @param passages every passage, position = document number in {@code lexical}
 */
public record CorpusSnapshot(long version, Map<Long, ArticleView> articles, List<Passage> passages,
                             LexicalIndex lexical) {

    public Optional<ArticleView> article(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    public Collection<ArticleView> articlesIn(Scope scope) {
        return scope.articleId().isPresent()
                ? article(scope.articleId().getAsLong()).stream().toList()
                : articles.values();
    }

    /** True when some article in scope contains the lower-case word as written. */
    public boolean mentions(Scope scope, String word) {
        for (ArticleView a : articlesIn(scope)) {
            if (a.words().contains(word)) {
                return true;
            }
        }
        return false;
    }
}
