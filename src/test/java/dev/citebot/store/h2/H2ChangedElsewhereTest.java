package dev.citebot.store.h2;

import java.nio.file.Path;

/** The {@link ChangedElsewhereContract} on an H2 file, which counts its rows from the count it keeps. */
class H2ChangedElsewhereTest extends ChangedElsewhereContract {
    @Override
    protected Database openDatabase(Path dir) {
        return Database.open(dir.resolve("citebot"));
    }
}
