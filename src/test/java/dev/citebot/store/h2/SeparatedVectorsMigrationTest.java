package dev.citebot.store.h2;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 12 on H2 files, including a start that stopped halfway: H2 commits at every DDL statement. */
class SeparatedVectorsMigrationTest extends SeparatedVectorsContract {
    @TempDir
    Path dir;

    @Override
    Database open(String name, Migrations migrations) {
        return Database.open(dir.resolve(name), migrations);
    }

    @Test
    void anUpgradeStoppedAfterTheVectorsMovedIsFinishedOnTheNextStart() {
        filledBySchema11("old");
        try (Database db = open("old", Migrations.upTo(11))) {
            db.write(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("CREATE TABLE embedding_vector(block_id BIGINT PRIMARY KEY REFERENCES"
                            + " embedding_block(id) ON DELETE CASCADE, vectors VARBINARY NOT NULL)");
                    s.execute("INSERT INTO embedding_vector(block_id, vectors) SELECT id, vectors FROM embedding_block");
                    s.execute("ALTER TABLE embedding_block DROP COLUMN vectors");
                    s.execute("ALTER TABLE embedding_block ADD COLUMN codes VARBINARY NULL");
                }
                return null;
            });
        }
        try (Database fresh = open("fresh", Migrations.standard());
             Database upgraded = open("old", Migrations.standard())) {
            H2EmbeddingStore freshStore = store(fresh);
            blocks.forEach(rows -> freshStore.addAll(rows.stream().map(EmbeddingRow::id).toList(),
                    rows.stream().map(r -> new dev.langchain4j.data.embedding.Embedding(r.vector())).toList(),
                    rows.stream().map(EmbeddingRow::segment).toList()));
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(codesInOrder(upgraded)).containsExactlyElementsOf(codesInOrder(fresh));
            assertSameSearches(store(upgraded), freshStore);
        }
    }
}
