package dev.citebot.store.h2;

import dev.citebot.store.TransactionsContract;
import dev.citebot.store.StoreBackend;

import java.nio.file.Path;

/** The {@link TransactionsContract} on PostgreSQL. */
class PgTransactionsIT extends TransactionsContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new PgBackend();
    }
}
