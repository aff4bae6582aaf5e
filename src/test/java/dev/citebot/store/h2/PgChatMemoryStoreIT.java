package dev.citebot.store.h2;

import dev.citebot.store.ChatMemoryStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link ChatMemoryStoreContract} on PostgreSQL. */
class PgChatMemoryStoreIT extends ChatMemoryStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
