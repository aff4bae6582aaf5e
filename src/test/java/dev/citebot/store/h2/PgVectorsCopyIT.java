package dev.citebot.store.h2;

import java.nio.file.Path;

class PgVectorsCopyIT extends VectorsCopyContract {
    @Override
    protected Database newDatabase(Path dir) {
        return Database.openPostgres(EmbeddedPg.server().newDatabase());
    }
}
