package dev.citebot.store.h2;

import java.nio.file.Path;

class H2VectorsCopyTest extends VectorsCopyContract {
    @Override
    protected Database newDatabase(Path dir) {
        return Database.open(dir.resolve("citebot"));
    }
}
