package dev.citebot.store.h2;

import dev.citebot.store.DerivedIndexStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link DerivedIndexStoreContract} on PostgreSQL. */
class PgDerivedIndexStoreIT extends DerivedIndexStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
