package dev.citebot.store.h2;

import dev.citebot.store.LibraryStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link LibraryStoreContract} on PostgreSQL. */
class PgLibraryStoreIT extends LibraryStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
