package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;

/**
 * The PostgreSQL {@link dev.citebot.store.StoreBackend}: a new, empty database on this test run's
 * {@link EmbeddedPg} server; {@link #reopen()} opens the same database again.
 */
public final class PgBackend extends JdbcBackend {
    public PgBackend() {
        this(EmbeddedPg.server().newDatabase());
    }

    private PgBackend(PostgresSettings settings) {
        super(() -> Database.openPostgres(settings));
    }
}
