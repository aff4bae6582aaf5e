package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;

import java.util.HashMap;
import java.util.Map;

/** Migration 12 on PostgreSQL, which runs a migration in one transaction. */
class PgSeparatedVectorsMigrationIT extends SeparatedVectorsContract {
    private final Map<String, PostgresSettings> databases = new HashMap<>();

    @Override
    Database open(String name, Migrations migrations) {
        return Database.openPostgres(databases.computeIfAbsent(name, n -> EmbeddedPg.server().newDatabase()),
                migrations);
    }
}
