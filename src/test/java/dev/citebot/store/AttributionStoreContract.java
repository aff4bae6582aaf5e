package dev.citebot.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AttributionStore} does; a backend runs it by a subclass that opens its {@link StoreBackend}. */
public abstract class AttributionStoreContract {
    private static final String HARBOUR = "Harbour Reopens\n\nThe harbour reopened on Monday, officials said.\n\n"
            + "\"We are back in business,\" the harbour master said.";
    private static final String PIER = "Pier Delay\n\nThe pier will open late, the council said.";

    @TempDir
    Path dir;
    private StoreBackend backend;
    private Transactions db;
    private ArticleStore articles;
    private AttributionStore store;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @BeforeEach
    void open() {
        backend = open(dir);
        db = backend.transactions();
        articles = backend.articles(Clock.systemUTC());
        store = backend.attributions();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void attributionsComeBackInTextOrderWithSourceAndContent() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        List<AttributionRow> rows = List.of(officials(HARBOUR), master(HARBOUR));

        db.inTransaction(tx -> {
            store.insert(tx, harbour, rows, 3);
            return null;
        });

        assertThat(store.of(harbour)).extracting(StoredAttribution::row).isEqualTo(rows);
        assertThat(store.of(harbour)).extracting(StoredAttribution::content)
                .containsExactly("The harbour reopened on Monday", "We are back in business,");
        assertThat(store.of(harbour)).extracting(StoredAttribution::source).containsOnly("harbour.txt");
        assertThat(store.of(harbour)).extracting(StoredAttribution::articleId).containsOnly(harbour);
        assertThat(store.isIndexed(harbour)).isTrue();
    }

    @Test
    void allIsInArticleThenTextOrder() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        long pier = TestArticles.insert(db, articles, PIER, "pier.txt");
        db.inTransaction(tx -> {
            store.insert(tx, pier, List.of(council(PIER)), 3);
            store.insert(tx, harbour, List.of(officials(HARBOUR), master(HARBOUR)), 3);
            return null;
        });

        assertThat(store.all()).extracting(StoredAttribution::content).containsExactly(
                "The harbour reopened on Monday", "We are back in business,", "The pier will open late");
    }

    @Test
    void everyIndexedArticleIsHandedOverOnceInIdOrderWithItsRowsAndNoUnindexedOne() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        long pier = TestArticles.insert(db, articles, PIER, "pier.txt");
        long unindexed = TestArticles.insert(db, articles, PIER + " It rained.", "pier-2.txt");
        db.inTransaction(tx -> {
            store.insert(tx, pier, List.of(), 3);
            store.insert(tx, harbour, List.of(officials(HARBOUR), master(HARBOUR)), 3);
            return null;
        });
        Map<Long, List<String>> handed = new LinkedHashMap<>();

        store.forEachIndexed((id, rows) -> handed.put(id, rows.stream().map(StoredAttribution::content).toList()));

        assertThat(handed).containsExactly(
                Map.entry(harbour, List.of("The harbour reopened on Monday", "We are back in business,")),
                Map.entry(pier, List.of()));
        assertThat(handed).doesNotContainKey(unindexed);
    }

    @Test
    void anArticleWithoutAttributionsIsStillIndexedAndAnUnindexedOneIsNot() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        long pier = TestArticles.insert(db, articles, PIER, "pier.txt");

        db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(), 3);
            return null;
        });

        assertThat(store.isIndexed(harbour)).isTrue();
        assertThat(store.of(harbour)).isEmpty();
        assertThat(store.isIndexed(pier)).isFalse();
        assertThat(store.of(pier)).isEmpty();
        assertThat(store.isIndexed(999)).isFalse();
    }

    @Test
    void articlesIndexedByAnOlderVersionOrNotAtAllAreListedAsStale() {
        assertThat(store.allIndexedSince(3)).as("no articles").isTrue();
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        long pier = TestArticles.insert(db, articles, PIER, "pier.txt");
        assertThat(store.allIndexedSince(3)).isFalse();
        assertThat(store.articlesNotIndexedSince(3)).containsExactly(harbour, pier);

        db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(officials(HARBOUR)), 2);
            store.insert(tx, pier, List.of(), 3);
            return null;
        });

        assertThat(store.allIndexedSince(2)).isTrue();
        assertThat(store.allIndexedSince(3)).isFalse();
        assertThat(store.articlesNotIndexedSince(3)).containsExactly(harbour);
        assertThat(store.articlesNotIndexedSince(2)).isEmpty();
    }

    @Test
    void deletingAnIndexRemovesItsRowsAndItsMarkSoItCanBeRebuilt() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(officials(HARBOUR), master(HARBOUR)), 2);
            return null;
        });

        db.inTransaction(tx -> {
            store.delete(tx, harbour);
            store.insert(tx, harbour, List.of(master(HARBOUR)), 3);
            return null;
        });

        assertThat(store.of(harbour)).extracting(StoredAttribution::row).containsExactly(master(HARBOUR));
        assertThat(store.articlesNotIndexedSince(3)).isEmpty();
    }

    @Test
    void aRolledBackInsertLeavesNothing() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(officials(HARBOUR)), 3);
            throw new IllegalStateException("later step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.isIndexed(harbour)).isFalse();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void anUnknownArticleOrASecondIndexIsRefused() {
        long harbour = TestArticles.insert(db, articles, HARBOUR, "harbour.txt");
        db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(officials(HARBOUR)), 3);
            return null;
        });

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            store.insert(tx, 999, List.of(officials(HARBOUR)), 3);
            return null;
        })).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            store.insert(tx, harbour, List.of(master(HARBOUR)), 3);
            return null;
        })).isInstanceOf(StoreException.class);
        assertThat(store.of(harbour)).extracting(StoredAttribution::row).containsExactly(officials(HARBOUR));
    }

    /** "The harbour reopened on Monday, officials said": no role, cue "said". */
    private static AttributionRow officials(String text) {
        int content = text.indexOf("The harbour");
        int speaker = text.indexOf("officials");
        int cue = text.indexOf("said");
        return new AttributionRow(1, "officials", "officials", speaker, speaker + 9, null, "said", cue, cue + 4,
                content, text.indexOf(", officials"), "indirect");
    }

    /** The harbour master's quotation, with a role and no cue of its own. */
    private static AttributionRow master(String text) {
        int content = text.indexOf("We are");
        int speaker = text.indexOf("the harbour master");
        return new AttributionRow(2, "the harbour master", "the harbour master", speaker, speaker + 18,
                "harbour master", null, -1, -1, content, text.indexOf("\" the"), "direct");
    }

    private static AttributionRow council(String text) {
        int content = text.indexOf("The pier");
        int speaker = text.indexOf("the council");
        int cue = text.lastIndexOf("said");
        return new AttributionRow(1, "the council", "the council", speaker, speaker + 11, null, "said", cue, cue + 4,
                content, text.indexOf(", the council"), "indirect");
    }
}
