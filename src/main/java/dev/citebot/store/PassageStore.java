package dev.citebot.store;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;

import java.util.List;

/**
 * The LangChain4j {@link EmbeddingStore} of the passages (sentences) of the stored articles, which also writes in a
 * caller's transaction, so that an article and its passages are stored together, and lends its rows for indexes
 * derived from them. Searches see only committed rows.
 *
 * <p>Metadata key {@value #ARTICLE_ID} names the article a segment was cut from; a segment naming an article that is
 * not stored is refused, and the passages of an article go when it does.
 */
public interface PassageStore extends EmbeddingStore<TextSegment> {
    /** The metadata key holding the id of the article a segment was cut from. */
    String ARTICLE_ID = dev.citebot.article.Passages.ARTICLE_ID;

    /**
     * Adds embeddings inside the caller's transaction; searches see them once it commits.
     *
     * @param segments null, or one segment (or null) per embedding
     * @throws IllegalArgumentException on mismatched sizes, blank, duplicate or over-long (&gt; 64) ids, or
     *                                  embeddings of the wrong dimension or with non-finite values
     * @throws StoreException           if an id is already stored or an {@value #ARTICLE_ID} names no article
     */
    void addAll(Transaction tx, List<String> ids, List<Embedding> embeddings, List<TextSegment> segments);

    /** Removes, inside the caller's transaction, the embeddings {@code filter} selects now. */
    void removeAll(Transaction tx, Filter filter);

    /**
     * Catches up if another process changed the stored passages (the CLI's {@code ingest} while the bot runs), so
     * that {@link #version()} moves; a cheap check. Passages only added should be read in without re-reading those
     * held. Returns true if it read anything; a store only this process writes may always return false.
     */
    default boolean reloadIfChangedElsewhere() {
        return false;
    }

    /** How many embeddings are stored (committed). */
    int size();

    /**
     * Increases with every committed change, so that indexes derived from {@link #entries()} can rebuild lazily.
     * Read it before {@link #entries()}: a change in between then shows as a version change next time.
     */
    long version();

    /** An immutable snapshot of ids and segments in insertion order. */
    List<Entry> entries();

    /** An immutable snapshot of the stored rows, for reading many of them cheaply. */
    StoredRows rows();

    /** The dimension of every stored embedding. */
    int dimension();

    /** An embedding's id and segment (null if it was added without one). */
    record Entry(String id, TextSegment segment) {
    }
}
