package dev.citebot.store.file;

import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.DerivedIndexStore.Saved;
import dev.citebot.store.DerivedIndexStoreContract;
import dev.citebot.store.StoreBackend;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2DerivedIndexStore;
import dev.citebot.store.h2.JdbcBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FileIndexCache} over a real H2 database: the contract of every {@link DerivedIndexStore}, and where the
 * bytes come from. "From the file" is shown by a second cache over an empty database, which has nothing else.
 */
class FileIndexCacheTest extends DerivedIndexStoreContract {
    @TempDir
    Path own;
    private Database database;
    private Database empty;
    private H2DerivedIndexStore stored;
    private FileIndexCache cache;
    private Path prefix;

    @Override
    protected StoreBackend open(Path dir) {
        return new CachedBackend(dir);
    }

    @BeforeEach
    void openOwn() {
        database = Database.open(own.resolve("db"));
        empty = Database.open(own.resolve("empty"));
        stored = new H2DerivedIndexStore(database);
        prefix = own.resolve("cache").resolve("citebot");
        cache = new FileIndexCache(prefix, stored);
    }

    @AfterEach
    void closeOwn() {
        database.close();
        empty.close();
    }

    @Test
    void aSavedIndexIsReadFromItsFileWithoutTheDatabase() {
        byte[] data = randomBytes(300_000);
        cache.save("corpus", "f1", data);

        assertThat(cache.file("corpus")).isEqualTo(own.resolve("cache").resolve("citebot.corpus.idx"));
        assertThat(fromFileOnly("corpus", "f1")).contains(data);
        assertThat(fromFileOnly("corpus", "f2")).as("another fingerprint").isEmpty();
        assertThat(stored.load("corpus", "f1", InputStream::readAllBytes)).as("the database has it too")
                .contains(data);
    }

    @Test
    void anIndexReadFromTheDatabaseLeavesAWholeCopyEvenWhenTheDecoderStopsEarly() {
        byte[] data = randomBytes(200_000);
        stored.save("corpus", "f1", data);

        assertThat(cache.load("corpus", "f1", in -> in.readNBytes(3))).hasValueSatisfying(
                head -> assertThat(head).containsExactly(data[0], data[1], data[2]));
        assertThat(fromFileOnly("corpus", "f1")).contains(data);
    }

    @Test
    void loadAnyReadsTheFileAndWhenThereIsNoneCopiesTheDatabasesIndex() {
        stored.save("corpus", "f1", bytes("from the database"));
        assertThat(cache.loadAny("corpus", FileIndexCacheTest::text)).contains(new Saved<>("f1", "from the database"));

        FileIndexCache overEmpty = new FileIndexCache(prefix, new H2DerivedIndexStore(empty));
        assertThat(overEmpty.loadAny("corpus", FileIndexCacheTest::text))
                .contains(new Saved<>("f1", "from the database"));
    }

    @Test
    void aFileOfAnotherFingerprintIsReplacedByTheDatabasesIndexWhenThatIsAskedFor() {
        cache.save("corpus", "old", bytes("old"));
        stored.save("corpus", "new", bytes("new"));

        assertThat(cache.load("corpus", "new", FileIndexCacheTest::text)).contains("new");
        assertThat(fromFileOnly("corpus", "new")).contains(bytes("new"));
        assertThat(fromFileOnly("corpus", "old")).isEmpty();
    }

    @Test
    void aDamagedFileCountsAsNoneAndTheDatabasesIndexReplacesIt() throws IOException {
        byte[] data = randomBytes(100_000);
        cache.save("corpus", "f1", data);
        byte[] file = Files.readAllBytes(cache.file("corpus"));
        file[IndexFile.HEADER + 50_000] ^= 1;
        Files.write(cache.file("corpus"), file);

        assertThat(fromFileOnly("corpus", "f1")).as("the checksum catches one changed bit").isEmpty();
        assertThat(cache.load("corpus", "f1", InputStream::readAllBytes)).contains(data);
        assertThat(fromFileOnly("corpus", "f1")).as("rewritten from the database").contains(data);
    }

    @Test
    void aShortenedFileCountsAsNone() throws IOException {
        byte[] data = randomBytes(10_000);
        cache.save("corpus", "f1", data);
        byte[] file = Files.readAllBytes(cache.file("corpus"));
        Files.write(cache.file("corpus"), java.util.Arrays.copyOf(file, IndexFile.HEADER + 5_000));

        assertThat(fromFileOnly("corpus", "f1")).isEmpty();
        assertThat(cache.load("corpus", "f1", InputStream::readAllBytes)).contains(data);
    }

    @Test
    void anIndexThatCannotBeDecodedLeavesNoFileBehind() throws IOException {
        stored.save("corpus", "f1", bytes("not an index"));

        assertThat(cache.load("corpus", "f1", in -> {
            in.readNBytes(4);
            throw new IOException("not an index");
        })).isEmpty();
        try (Stream<Path> files = Files.list(prefix.getParent())) {
            assertThat(files).as("no copy, no temporary file").isEmpty();
        }
    }

    @Test
    void whereNoFileCanBeWrittenTheDatabaseStillServes() throws IOException {
        Path blocked = own.resolve("blocked");
        Files.writeString(blocked, "a file where the folder would be");
        FileIndexCache unwritable = new FileIndexCache(blocked.resolve("citebot"), stored);

        unwritable.save("corpus", "f1", bytes("saved"));
        assertThat(unwritable.load("corpus", "f1", FileIndexCacheTest::text)).contains("saved");
        assertThat(unwritable.loadAny("corpus", FileIndexCacheTest::text)).contains(new Saved<>("f1", "saved"));
    }

    private java.util.Optional<byte[]> fromFileOnly(String name, String fingerprint) {
        return new FileIndexCache(prefix, new H2DerivedIndexStore(empty)).load(name, fingerprint,
                InputStream::readAllBytes);
    }

    private static byte[] randomBytes(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** H2 with its saved indexes behind a {@link FileIndexCache} in the same folder. */
    private static final class CachedBackend extends JdbcBackend {
        private final Path dir;

        CachedBackend(Path dir) {
            super(() -> Database.open(dir.resolve("citebot")));
            this.dir = dir;
        }

        @Override
        public DerivedIndexStore derivedIndexes() {
            return new FileIndexCache(dir.resolve("citebot"), super.derivedIndexes());
        }

        @Override
        public StoreBackend reopen() {
            close();
            return new CachedBackend(dir);
        }
    }
}
