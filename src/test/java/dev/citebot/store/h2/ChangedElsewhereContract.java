package dev.citebot.store.h2;

import dev.citebot.store.PassageStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link H2EmbeddingStore#reloadIfChangedElsewhere} sees what another store on the same database wrote: an
 * append reads only the new rows, anything else re-reads all, and no change reads nothing. Run on each database,
 * since each counts the stored rows its own way ({@link Dialect#countsRowsCheaply}).
 */
abstract class ChangedElsewhereContract {
    private static final int DIMENSION = 16;

    @TempDir
    Path dir;
    private Database db;
    private H2EmbeddingStore store;
    private H2EmbeddingStore elsewhere;

    /** A new, empty database. */
    protected abstract Database openDatabase(Path dir);

    @BeforeEach
    void open() {
        db = openDatabase(dir);
        store = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
        elsewhere = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
        store.addAll(List.of("a1", "a2", "a3"), List.of(unit(0), unit(1), unit(2)), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rowsAddedElsewhereAreAppendedWithoutReReadingTheRowsHeld() {
        elsewhere.addAll(List.of("b1", "b2"), List.of(unit(3), unit(4)), null);
        long version = store.version();
        long read = store.rowsRead();

        assertThat(store.reloadIfChangedElsewhere()).isTrue();

        assertThat(store.rowsRead() - read).as("only the two new rows are read").isEqualTo(2);
        assertThat(store.version()).isGreaterThan(version);
        assertThat(firstMatch(4)).isEqualTo("b2");
        assertThat(ids()).containsExactly("a1", "a2", "a3", "b1", "b2");
        assertThat(store.reloadIfChangedElsewhere()).as("nothing new").isFalse();
        assertThat(store.rowsRead() - read).isEqualTo(2);
    }

    @Test
    void rowsRemovedElsewhereMakeTheStoreReReadEverything() {
        elsewhere.reloadIfChangedElsewhere();
        elsewhere.removeAll(List.of("a2"));
        elsewhere.addAll(List.of("b1", "b2"), List.of(unit(3), unit(4)), null);
        long read = store.rowsRead();

        assertThat(store.reloadIfChangedElsewhere()).isTrue();

        assertThat(store.rowsRead() - read).as("a removal is not an append: all four rows re-read").isEqualTo(4);
        assertThat(ids()).containsExactly("a1", "a3", "b1", "b2");
        assertThat(matches(1, 4)).doesNotContain("a2");
    }

    @Test
    void aRemovalAloneFromInsideABlockIsSeen() {
        elsewhere.reloadIfChangedElsewhere();
        elsewhere.removeAll(List.of("a2"));
        long version = store.version();

        assertThat(store.reloadIfChangedElsewhere()).as("the block shrank; its id did not change").isTrue();

        assertThat(store.version()).isGreaterThan(version);
        assertThat(ids()).containsExactly("a1", "a3");
        assertThat(store.reloadIfChangedElsewhere()).isFalse();
    }

    @Test
    void aRemovalAndAnAdditionOfTheSameSizeElsewhereAreBothSeen() {
        elsewhere.reloadIfChangedElsewhere();
        elsewhere.removeAll(List.of("a1"));
        elsewhere.addAll(List.of("b1"), List.of(unit(5)), null);

        assertThat(store.reloadIfChangedElsewhere()).as("the count is the same, the rows are not").isTrue();

        assertThat(ids()).containsExactly("a2", "a3", "b1");
        assertThat(firstMatch(5)).isEqualTo("b1");
    }

    @Test
    void nothingChangedElsewhereReadsNothing() {
        store.addAll(List.of("a4"), List.of(unit(6)), null);
        long version = store.version();
        long read = store.rowsRead();

        assertThat(store.reloadIfChangedElsewhere()).as("its own writes are not news").isFalse();

        assertThat(store.rowsRead()).isEqualTo(read);
        assertThat(store.version()).isEqualTo(version);
    }

    private List<String> ids() {
        return store.entries().stream().map(PassageStore.Entry::id).toList();
    }

    private String firstMatch(int axis) {
        return matches(axis, 1).get(0);
    }

    private List<String> matches(int axis, int max) {
        float[] query = new float[DIMENSION];
        query[axis] = 1f;
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(new Embedding(query)).maxResults(max).build();
        return store.search(request).matches().stream().map(EmbeddingMatch::embeddingId).toList();
    }

    private static Embedding unit(int axis) {
        float[] v = new float[DIMENSION];
        v[axis] = 1f;
        return new Embedding(v);
    }
}
