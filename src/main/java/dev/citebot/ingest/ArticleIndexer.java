package dev.citebot.ingest;

import dev.citebot.article.ArticleStructure;

import dev.citebot.store.Transaction;

/**
 * Builds a derived index of an article inside the transaction that stores it, so the index exists exactly when
 * the article does.
 */
@FunctionalInterface
public interface ArticleIndexer {

    /** Does nothing: for an ingestor without derived indexes. */
    ArticleIndexer NONE = (tx, articleId, text, structure) -> { };

    /** Indexes the article just inserted as {@code articleId} in {@code tx}. */
    void index(Transaction tx, long articleId, String text, ArticleStructure structure);
}
