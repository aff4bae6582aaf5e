package dev.citebot.store.h2;

import java.nio.file.Path;

/** The {@link ChangedElsewhereContract} on PostgreSQL, which sums the blocks' sizes instead of counting ids. */
class PgChangedElsewhereIT extends ChangedElsewhereContract {
    @Override
    protected Database openDatabase(Path dir) {
        return Database.openPostgres(EmbeddedPg.server().newDatabase());
    }
}
