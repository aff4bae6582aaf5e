package dev.citebot.store.h2;

import java.nio.file.Path;

/** The H2 {@link dev.citebot.store.StoreBackend}: a real H2 file in a test's temporary folder. */
public final class H2Backend extends JdbcBackend {
    public H2Backend(Path dir) {
        super(() -> Database.open(dir.resolve("citebot")));
    }
}
