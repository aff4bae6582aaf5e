package dev.citebot.store.h2;

import dev.citebot.store.LibraryStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2LibraryStoreTest extends LibraryStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
