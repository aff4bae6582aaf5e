package dev.citebot.store.h2;

import dev.citebot.store.AttributionStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link AttributionStoreContract} on PostgreSQL. */
class PgAttributionStoreIT extends AttributionStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
