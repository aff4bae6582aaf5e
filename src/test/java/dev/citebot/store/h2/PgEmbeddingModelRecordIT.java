package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link H2EmbeddingModelRecord} on PostgreSQL: the upsert and the migration that records old vectors as MiniLM's. */
class PgEmbeddingModelRecordIT {
    @Test
    void aDatabaseWithoutVectorsTakesAnyModelAndKeepsTheFirstOnceItHoldsVectors() {
        PostgresSettings settings = EmbeddedPg.server().newDatabase();
        try (Database db = Database.openPostgres(settings)) {
            H2EmbeddingModelRecord record = new H2EmbeddingModelRecord(db);
            assertThat(record.claim("model-a")).isEqualTo("model-a");
            assertThat(record.claim("model-b")).isEqualTo("model-b");
            addOneVector(db);
            assertThat(record.claim("model-a")).isEqualTo("model-b");
        }
        try (Database db = Database.openPostgres(settings)) {
            assertThat(new H2EmbeddingModelRecord(db).claim("model-a")).isEqualTo("model-b");
        }
    }

    @Test
    void vectorsStoredBeforeTheModelWasRecordedAreMiniLms() {
        PostgresSettings settings = EmbeddedPg.server().newDatabase();
        try (Database db = Database.openPostgres(settings, Migrations.upTo(10))) {
            for (String id : List.of("one", "two")) {
                OldBlocks.add(db, List.of(EmbeddingRow.of(id, new float[]{1, 0, 0}, TextSegment.from("one sentence"))),
                        3);
            }
        }
        try (Database db = Database.openPostgres(settings)) {
            assertThat(new H2EmbeddingModelRecord(db).claim("bge-small-en-v1.5-q")).isEqualTo("all-MiniLM-L6-v2-q");
        }
    }

    private static void addOneVector(Database db) {
        H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(3).build();
        store.add(new Embedding(new float[]{1, 0, 0}), TextSegment.from("one sentence"));
    }
}
