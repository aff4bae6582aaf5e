package dev.citebot.store.h2;

import dev.citebot.store.ChatStateStoreContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link ChatStateStoreContract} on PostgreSQL. */
class PgChatStateStoreIT extends ChatStateStoreContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
