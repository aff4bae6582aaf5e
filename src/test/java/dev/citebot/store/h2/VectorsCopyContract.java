package dev.citebot.store.h2;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store's start from a copy of its embeddings ({@link VectorsCopy}): used while the table holds exactly its
 * blocks and newer ones, never otherwise. "Read from the table" is counted by {@link H2EmbeddingStore#rowsRead()};
 * every store is compared with one that read the table alone. A backend runs it by a subclass.
 */
abstract class VectorsCopyContract {
    private static final int DIMENSION = 16;
    /** Where a copy's data starts: after the index file's header (magic, length, CRC-32C). */
    private static final int DATA_START = 8 + 8 + 4;

    @TempDir
    Path dir;
    private final Random random = new Random(3);
    private final List<Database> opened = new ArrayList<>();
    private Database db;
    private Path file;

    /** A new, empty database. */
    protected abstract Database newDatabase(Path dir);

    @BeforeEach
    void open() {
        db = remember(newDatabase(dir.resolve("a")));
        file = dir.resolve("copies").resolve("citebot.vectors.idx");
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void aStartReadsTheCopyAndOnlyRowsAddedAfterItFromTheTable() {
        H2EmbeddingStore first = withCopy(db);
        add(first, 40);
        add(first, 60);

        H2EmbeddingStore second = withCopy(db);
        assertThat(second.rowsRead()).as("the copy made when the table was empty, then 100 rows").isEqualTo(100);
        H2EmbeddingStore third = withCopy(db);
        assertThat(third.rowsRead()).as("rewritten by the second, which read over a tenth").isZero();
        assertSameAsTable(third, db);

        add(third, 5);
        H2EmbeddingStore fourth = withCopy(db);
        assertThat(fourth.rowsRead()).isEqualTo(5);
        assertSameAsTable(fourth, db);
    }

    @Test
    void aStartFromTheCopyReadsItsCodesInPlaceAndServesAdditionsAndRemovalsAsTheTableDoes() throws IOException {
        add(withCopy(db), 40);
        assertThat(withCopy(db).rowsInPlace()).as("the copy then held no rows").isZero();
        H2EmbeddingStore store = withCopy(db);
        assertThat(store.rowsRead()).isZero();
        assertThat(store.rowsInPlace()).isEqualTo(40);

        List<String> added = add(store, 10);
        assertSameAsTable(store, db);
        Files.delete(file);
        assertThat(store.rowsInPlace()).isEqualTo(40);
        assertSameAsTable(store, db);
        store.removeAll(List.of(store.entries().get(5).id(), added.get(2)));
        assertThat(store.rowsInPlace()).as("a removal copies the rows into the heap").isZero();
        assertSameAsTable(store, db);
    }

    @Test
    void aCopyReplacedWhileItsCodesAreReadInPlaceLeavesTheStoreThatReadsThemAsItWas() {
        add(withCopy(db), 30);
        H2EmbeddingStore reading = withCopy(db);
        H2EmbeddingStore mapped = withCopy(db);
        assertThat(mapped.rowsInPlace()).isEqualTo(30);
        add(reading, 20);
        reading.refreshCopy();

        assertThat(withCopy(db).rowsInPlace()).as("the copy was replaced").isEqualTo(50);
        assertThat(mapped.size()).isEqualTo(30);
        H2EmbeddingStore table = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder().queryEmbedding(randomEmbedding())
                .maxResults(50).build();
        List<String> firstThirty = table.entries().subList(0, 30).stream().map(e -> e.id()).toList();
        assertThat(mapped.search(request).matches()).extracting(EmbeddingMatch::embeddingId)
                .containsExactlyElementsOf(table.search(request).matches().stream().map(EmbeddingMatch::embeddingId)
                        .filter(firstThirty::contains).toList());
    }

    @Test
    void aStoreThatGrewByMoreThanATenthRewritesItsCopyWhenAskedAndNotOtherwise() {
        H2EmbeddingStore first = withCopy(db);
        add(first, 50);
        first.refreshCopy();
        H2EmbeddingStore second = withCopy(db);
        assertThat(second.rowsRead()).as("the copy rewritten with the 50 rows added").isZero();
        assertSameAsTable(second, db);

        add(second, 5);
        second.refreshCopy();
        H2EmbeddingStore third = withCopy(db);
        assertThat(third.rowsRead()).as("5 of 55 is under a tenth: the copy left as it was").isEqualTo(5);
        assertSameAsTable(third, db);
    }

    @Test
    void aStoreThatLostRowsSinceItsCopyDoesNotRewriteIt() {
        H2EmbeddingStore first = withCopy(db);
        List<String> ids = add(first, 30);
        H2EmbeddingStore second = withCopy(db);
        assertThat(second.rowsRead()).isEqualTo(30);
        second.removeAll(List.of(ids.get(3)));
        add(second, 20);
        second.refreshCopy();

        H2EmbeddingStore after = withCopy(db);
        assertThat(after.rowsRead()).as("the copy, written before the removal, is not used").isEqualTo(49);
        assertSameAsTable(after, db);
    }

    @Test
    void aRemovalSinceTheCopyMakesTheStartReadTheWholeTable() {
        H2EmbeddingStore first = withCopy(db);
        List<String> ids = add(first, 30);
        assertThat(withCopy(db).rowsRead()).isEqualTo(30);
        first.removeAll(List.of(ids.get(7)));

        H2EmbeddingStore after = withCopy(db);
        assertThat(after.rowsRead()).isEqualTo(29);
        assertThat(after.size()).isEqualTo(29);
        assertSameAsTable(after, db);
    }

    @Test
    void aCopyOfAnotherDatabaseOfTheSameShapeIsNotUsed() {
        add(withCopy(db), 25);
        assertThat(withCopy(db).rowsRead()).isEqualTo(25);
        Database other = remember(newDatabase(dir.resolve("b")));
        add(H2EmbeddingStore.builder().database(other).dimension(DIMENSION).build(), 25);

        H2EmbeddingStore fromOther = withCopy(other);
        assertThat(fromOther.rowsRead()).isEqualTo(25);
        assertSameAsTable(fromOther, other);
    }

    @Test
    void aDamagedCopyIsNotUsedAndIsWrittenAgain() throws IOException {
        assertADamagedCopyIsReadFromTheTable(50, bytes -> bytes.put(bytes.limit() / 2,
                (byte) (bytes.get(bytes.limit() / 2) ^ 4)));
    }

    @Test
    void aCopyWhoseCountsAreDamagedIsNotUsedAndAllocatesNothingForThem() throws IOException {
        int blockCount = DATA_START + Integer.BYTES;
        assertADamagedCopyIsReadFromTheTable(30, bytes -> bytes.putInt(blockCount, Integer.MAX_VALUE));
    }

    /** A store of {@code rows} rows whose copy {@code damage} changed reads the table, and writes the copy again. */
    private void assertADamagedCopyIsReadFromTheTable(int rows, Consumer<ByteBuffer> damage) throws IOException {
        add(withCopy(db), rows);
        assertThat(withCopy(db).rowsRead()).isEqualTo(rows);
        byte[] bytes = Files.readAllBytes(file);
        damage.accept(ByteBuffer.wrap(bytes));
        Files.write(file, bytes);

        H2EmbeddingStore damaged = withCopy(db);
        assertThat(damaged.rowsRead()).isEqualTo(rows);
        assertSameAsTable(damaged, db);
        assertThat(withCopy(db).rowsRead()).isZero();
    }

    @Test
    void aCopyUnderAnotherFormatsNameIsNotReadAndIsWrittenAgainInTheCurrentOne() throws IOException {
        add(withCopy(db), 30);
        assertThat(withCopy(db).rowsInPlace()).as("the copy now holds the 30 rows").isZero();
        String copy = Files.readString(file, StandardCharsets.ISO_8859_1);
        int format = copy.lastIndexOf("blocks-v");
        Files.writeString(file, copy.substring(0, format) + "blocks-v0" + copy.substring(format + 9),
                StandardCharsets.ISO_8859_1);

        H2EmbeddingStore upgraded = withCopy(db);
        assertThat(upgraded.rowsRead()).isEqualTo(30);
        assertSameAsTable(upgraded, db);
        H2EmbeddingStore next = withCopy(db);
        assertThat(next.rowsRead()).isZero();
        assertThat(next.rowsInPlace()).isEqualTo(30);
    }

    @Test
    void aCopyReadAheadServesTheStoreBuiltLater() {
        add(withCopy(db), 20);
        assertThat(withCopy(db).rowsRead()).isEqualTo(20);

        VectorsCopy ahead = VectorsCopy.at(file, DIMENSION).readAhead();
        H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).copy(ahead).build();
        assertThat(store.rowsRead()).isZero();
        assertSameAsTable(store, db);
    }

    @Test
    void aCopyOfAnotherDimensionIsRefused() {
        assertThatThrownBy(() -> H2EmbeddingStore.builder().database(db).dimension(DIMENSION)
                .copy(VectorsCopy.at(file, DIMENSION + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
    }

    private H2EmbeddingStore withCopy(Database database) {
        return H2EmbeddingStore.builder().database(database).dimension(DIMENSION)
                .copy(VectorsCopy.at(file, DIMENSION)).build();
    }

    /** Same rows, ids, segments and search results as a store that read {@code database}'s table alone. */
    private void assertSameAsTable(H2EmbeddingStore store, Database database) {
        H2EmbeddingStore table = H2EmbeddingStore.builder().database(database).dimension(DIMENSION).build();
        assertThat(store.size()).isEqualTo(table.size());
        assertThat(store.entries()).isEqualTo(table.entries());
        for (int q = 0; q < 5; q++) {
            EmbeddingSearchRequest request = EmbeddingSearchRequest.builder().queryEmbedding(randomEmbedding())
                    .maxResults(10).build();
            List<EmbeddingMatch<TextSegment>> expected = table.search(request).matches();
            assertThat(store.search(request).matches()).isEqualTo(expected);
        }
    }

    private List<String> add(H2EmbeddingStore store, int rows) {
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            embeddings.add(randomEmbedding());
            segments.add(TextSegment.from("passage " + random.nextInt(1_000_000)));
        }
        List<String> ids = store.generateIds(rows);
        store.addAll(ids, embeddings, segments);
        return ids;
    }

    private Embedding randomEmbedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding(v);
    }

    private Database remember(Database database) {
        opened.add(database);
        return database;
    }
}
