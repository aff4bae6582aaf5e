package dev.citebot.store.h2;

import dev.citebot.store.PassageStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link PassageStoreContract} on PostgreSQL. */
class PgPassageStoreIT extends PassageStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
