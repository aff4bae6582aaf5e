package dev.citebot.store.h2;

import dev.citebot.store.StoreBackend;
import dev.citebot.store.UpdateClaimsContract;

import java.nio.file.Path;

class H2UpdateClaimsIT extends UpdateClaimsContract {
    @Override
    protected StoreBackend open(Path dir) {
        return new H2Backend(dir);
    }
}
