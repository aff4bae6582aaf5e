package dev.citebot.store.h2;

import dev.citebot.store.DerivedIndexStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2DerivedIndexStoreTest extends DerivedIndexStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
