package dev.citebot.store.h2;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which model made a database's vectors: recorded while it has none, kept once it has some. */
class H2EmbeddingModelRecordTest {
    private static final String MINILM = "all-MiniLM-L6-v2-q";

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithoutVectorsTakesWhicheverModelClaimsIt() {
        try (Database db = Database.open(dir.resolve("citebot"))) {
            H2EmbeddingModelRecord record = new H2EmbeddingModelRecord(db);

            assertThat(record.claim("model-a")).isEqualTo("model-a");
            assertThat(record.claim("model-b")).isEqualTo("model-b");
        }
    }

    @Test
    void onceItHoldsVectorsItKeepsTheirModelAcrossAReopen() {
        Path file = dir.resolve("citebot");
        try (Database db = Database.open(file)) {
            H2EmbeddingModelRecord record = new H2EmbeddingModelRecord(db);
            record.claim("model-a");
            addOneVector(db);

            assertThat(record.claim("model-b")).isEqualTo("model-a");
        }
        try (Database db = Database.open(file)) {
            assertThat(new H2EmbeddingModelRecord(db).claim("model-b")).isEqualTo("model-a");
            assertThat(new H2EmbeddingModelRecord(db).claim("model-a")).isEqualTo("model-a");
        }
    }

    @Test
    void vectorsStoredBeforeTheModelWasRecordedAreMiniLms() {
        Path file = dir.resolve("citebot");
        try (Database db = Database.open(file, Migrations.upTo(9))) {
            OldBlocks.add(db, List.of(EmbeddingRow.of("one", new float[]{1, 0, 0}, TextSegment.from("one sentence"))),
                    3);
        }
        try (Database db = Database.open(file)) {
            assertThat(new H2EmbeddingModelRecord(db).claim("bge-small-en-v1.5-q")).isEqualTo(MINILM);
        }
    }

    @Test
    void anOldDatabaseWithoutVectorsRecordsNothingUntilClaimed() {
        Path file = dir.resolve("citebot");
        try (Database db = Database.open(file, Migrations.upTo(9))) {
            assertThat(db.schemaVersion()).isEqualTo(9);
        }
        try (Database db = Database.open(file)) {
            assertThat(new H2EmbeddingModelRecord(db).claim("bge-small-en-v1.5-q")).isEqualTo("bge-small-en-v1.5-q");
        }
    }

    private static void addOneVector(Database db) {
        H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(3).build();
        store.add(new Embedding(new float[]{1, 0, 0}), TextSegment.from("one sentence"));
    }
}
