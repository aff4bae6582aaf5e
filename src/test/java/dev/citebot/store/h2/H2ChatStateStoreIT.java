package dev.citebot.store.h2;

import dev.citebot.store.ChatStateStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

class H2ChatStateStoreIT extends ChatStateStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
