package dev.citebot.store.h2;

import dev.citebot.store.PassageStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2PassageStoreTest extends PassageStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
