package dev.citebot.store.h2;

import org.junit.jupiter.api.BeforeAll;

/** LangChain4j's filtering contract for an embedding store, on PostgreSQL. */
class PgEmbeddingStoreFilteringIT extends H2EmbeddingStoreFilteringIT {
    @BeforeAll
    static void open() {
        use(Database.openPostgres(EmbeddedPg.server().newDatabase()));
    }
}
