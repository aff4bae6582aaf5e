package dev.citebot.store.h2;

import dev.citebot.store.AttributionStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2AttributionStoreTest extends AttributionStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
