package dev.citebot.store.h2;

import dev.citebot.store.UpdateInboxContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link UpdateInboxContract} on PostgreSQL. */
class PgUpdateInboxIT extends UpdateInboxContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
