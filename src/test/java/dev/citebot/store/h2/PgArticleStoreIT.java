package dev.citebot.store.h2;

import dev.citebot.store.ArticleStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link ArticleStoreContract} on PostgreSQL. */
class PgArticleStoreIT extends ArticleStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
