package dev.citebot.store.h2;

import dev.citebot.store.StoreBackend;
import dev.citebot.store.UpdateInboxContract;

import java.nio.file.Path;

class H2UpdateInboxContractIT extends UpdateInboxContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
