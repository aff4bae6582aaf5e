package dev.citebot.store;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Who says what in each stored article: its attributions in text order, and which extractor version indexed it.
 * An article's attributions and its index mark are written and deleted together, in the caller's transaction, and
 * go when the article does. Attributions are read in article order, then in the order they were inserted.
 */
public interface AttributionStore {

    /**
     * Stores the attributions of article {@code articleId} in text order, and marks the article indexed by
     * {@code extractorVersion} (with no attributions, too), inside {@code tx}.
     *
     * @throws StoreException if the article is not stored or is already indexed
     */
    void insert(Transaction tx, long articleId, List<AttributionRow> rows, int extractorVersion);

    /** Deletes the attributions of an article and its index mark inside {@code tx}; nothing for an unknown id. */
    void delete(Transaction tx, long articleId);

    /** The attributions of one article in text order; empty for an unknown or unindexed one. */
    List<StoredAttribution> of(long articleId);

    /** The attributions of every article, by article id, then in text order. */
    List<StoredAttribution> all();

    /**
     * Hands over every indexed article's attributions in one read, by article id, each article's in text order
     * and as soon as they are read (an empty list for an article indexed with none), so that the store holds one
     * article's rows at a time, not every article's rows at once besides what the caller makes of them.
     */
    void forEachIndexed(BiConsumer<Long, List<StoredAttribution>> each);

    /** The ids of the indexed articles, ascending. */
    List<Long> indexedArticles();

    /** Whether the article's index is stored (committed), even an empty one. */
    boolean isIndexed(long articleId);

    /**
     * Whether every stored article has an index built by {@code extractorVersion} or a later one. Cheap: this is
     * the check made on every start.
     */
    boolean allIndexedSince(int extractorVersion);

    /** The ids of the stored articles without an index built by {@code extractorVersion} or a later one, ascending. */
    List<Long> articlesNotIndexedSince(int extractorVersion);
}
