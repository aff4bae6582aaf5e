package dev.citebot.store.h2;

import dev.citebot.store.StoreBackend;
import dev.citebot.store.TransactionsContract;

import java.nio.file.Path;

class H2TransactionsTest extends TransactionsContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
