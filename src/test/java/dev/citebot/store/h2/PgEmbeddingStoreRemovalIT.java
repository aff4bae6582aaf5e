package dev.citebot.store.h2;

import org.junit.jupiter.api.BeforeAll;

/** LangChain4j's removal contract for an embedding store, on PostgreSQL. */
class PgEmbeddingStoreRemovalIT extends H2EmbeddingStoreRemovalIT {
    @BeforeAll
    static void open() {
        use(Database.openPostgres(EmbeddedPg.server().newDatabase()));
    }
}
