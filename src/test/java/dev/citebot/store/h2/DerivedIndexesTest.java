package dev.citebot.store.h2;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedIndexesTest {
    @TempDir
    Path dir;
    private Database db;
    private DerivedIndexes indexes;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("citebot"));
        indexes = new DerivedIndexes(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anIndexLoadsOnlyUnderTheFingerprintItWasSavedWithAndASaveReplacesIt() {
        indexes.save("lexical", "a", "first".getBytes(StandardCharsets.UTF_8));
        indexes.save("other", "a", "other".getBytes(StandardCharsets.UTF_8));
        indexes.save("lexical", "b", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(indexes.load("lexical", "a", DerivedIndexesTest::text)).isEmpty();
        assertThat(indexes.load("lexical", "b", DerivedIndexesTest::text)).contains("second");
        assertThat(indexes.load("other", "a", DerivedIndexesTest::text)).contains("other");
        assertThat(indexes.load("none", "a", DerivedIndexesTest::text)).isEmpty();
    }

    @Test
    void anIndexThatCannotBeDecodedCountsAsMissing() {
        indexes.save("lexical", "a", new byte[]{1, 2, 3});

        assertThat(indexes.load("lexical", "a", in -> {
            throw new IOException("not an index");
        })).isEmpty();
    }

    @Test
    void indexesSurviveAReopen() {
        byte[] large = new byte[300_000];
        large[299_999] = 7;
        indexes.save("lexical", "a", large);
        db.close();
        db = Database.open(dir.resolve("citebot"));

        assertThat(new DerivedIndexes(db).load("lexical", "a", java.io.InputStream::readAllBytes)).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(300_000).endsWith(7));
    }

    private static String text(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
