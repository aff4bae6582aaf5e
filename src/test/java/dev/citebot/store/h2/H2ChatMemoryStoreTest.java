package dev.citebot.store.h2;

import dev.citebot.store.ChatMemoryStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2ChatMemoryStoreTest extends ChatMemoryStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
