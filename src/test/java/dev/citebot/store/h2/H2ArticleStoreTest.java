package dev.citebot.store.h2;

import dev.citebot.store.ArticleStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2ArticleStoreTest extends ArticleStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
