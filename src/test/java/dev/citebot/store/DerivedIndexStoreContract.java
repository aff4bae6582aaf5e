package dev.citebot.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link DerivedIndexStore} does; a backend runs it by a subclass that opens its {@link StoreBackend}. */
public abstract class DerivedIndexStoreContract {
    @TempDir
    Path dir;
    private StoreBackend backend;
    private DerivedIndexStore indexes;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @BeforeEach
    void open() {
        backend = open(dir);
        indexes = backend.derivedIndexes();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void anIndexLoadsOnlyUnderTheFingerprintItWasSavedWithAndASaveReplacesIt() {
        indexes.save("lexical", "a", "first".getBytes(StandardCharsets.UTF_8));
        indexes.save("other", "a", "other".getBytes(StandardCharsets.UTF_8));
        indexes.save("lexical", "b", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(indexes.load("lexical", "a", DerivedIndexStoreContract::text)).isEmpty();
        assertThat(indexes.load("lexical", "b", DerivedIndexStoreContract::text)).contains("second");
        assertThat(indexes.load("other", "a", DerivedIndexStoreContract::text)).contains("other");
        assertThat(indexes.load("none", "a", DerivedIndexStoreContract::text)).isEmpty();
    }

    @Test
    void anIndexLoadsWhateverItWasSavedUnderWithThatFingerprint() {
        indexes.save("lexical", "a", "first".getBytes(StandardCharsets.UTF_8));
        indexes.save("lexical", "b", "second".getBytes(StandardCharsets.UTF_8));
        indexes.save("other", "c", "other".getBytes(StandardCharsets.UTF_8));

        assertThat(indexes.loadAny("lexical", DerivedIndexStoreContract::text))
                .contains(new DerivedIndexStore.Saved<>("b", "second"));
        assertThat(indexes.loadAny("other", DerivedIndexStoreContract::text))
                .contains(new DerivedIndexStore.Saved<>("c", "other"));
        assertThat(indexes.loadAny("none", DerivedIndexStoreContract::text)).isEmpty();
        assertThat(indexes.loadAny("lexical", in -> {
            throw new IOException("not an index");
        })).as("undecodable counts as missing").isEmpty();
    }

    @Test
    void anIndexThatCannotBeDecodedCountsAsMissing() {
        indexes.save("lexical", "a", new byte[]{1, 2, 3});

        assertThat(indexes.load("lexical", "a", in -> {
            throw new IOException("not an index");
        })).isEmpty();
        assertThat(indexes.load("lexical", "a", in -> {
            throw new IllegalStateException("not an index either");
        })).isEmpty();
    }

    @Test
    void indexesSurviveAReopen() {
        byte[] large = new byte[300_000];
        large[299_999] = 7;
        indexes.save("lexical", "a", large);
        backend = backend.reopen();

        assertThat(backend.derivedIndexes().load("lexical", "a", InputStream::readAllBytes)).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(300_000).endsWith(7));
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
