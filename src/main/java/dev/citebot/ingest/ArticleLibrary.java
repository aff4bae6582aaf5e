package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Passages;
import dev.citebot.store.LibraryStore;
import dev.citebot.store.PassageStore;
import dev.citebot.store.Transactions;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The articles people add while citebot runs: each is stored with its origin in one transaction (so a failure
 * leaves nothing), private to the chat that added it unless it is added as shared, and recognised when it comes
 * again by its URL or its text.
 *
 * <p>The same text added again stores nothing: added as shared, it becomes shared; added privately by another
 * chat, that chat becomes a reader of it too.
 */
public final class ArticleLibrary {
    private final Ingestor ingestor;
    private final LibraryStore library;
    private final Transactions database;
    private final PassageStore store;

    public ArticleLibrary(Ingestor ingestor, LibraryStore library, Transactions database, PassageStore store) {
        this.ingestor = ingestor;
        this.library = library;
        this.database = database;
        this.store = store;
    }

    /**
     * Stores the article, or finds it stored.
     *
     * @param shared true for every chat, false for the origin's chat only
     */
    public IngestResult add(ParsedArticle article, LibraryStore.Origin origin, boolean shared) {
        OptionalLong privateTo = shared ? OptionalLong.empty() : OptionalLong.of(origin.chatId());
        IngestResult result = ingestor.ingest(article,
                (tx, id, text, structure) -> library.recordOrigin(tx, id, origin, privateTo));
        if (result.alreadyPresent()) {
            grant(result.articleId(), origin.chatId(), shared);
        }
        return result;
    }

    /** Lets {@code chatId} read an article found again (by URL or text); shares it when {@code shared}. */
    public void grant(long articleId, long chatId, boolean shared) {
        if (shared) {
            library.share(articleId);
        } else {
            library.addReader(articleId, chatId);
        }
    }

    /** The article stored from this URL, if any. */
    public Optional<Long> findByUrl(String url) {
        return library.findByUrl(url);
    }

    /** Deletes the article with its passages, vectors and attributions; false if there is none. */
    public boolean remove(long articleId) {
        return database.inTransaction(tx -> {
            store.removeAll(tx, new IsEqualTo(Passages.ARTICLE_ID, articleId));
            return library.deleteArticle(tx, articleId);
        });
    }

    /** The private articles of other chats, which {@code chatId} may not see. */
    public Set<Long> hiddenFrom(long chatId) {
        return library.hiddenFrom(chatId);
    }

    public boolean visibleTo(long articleId, long chatId) {
        return library.visibleTo(articleId, chatId);
    }
}
