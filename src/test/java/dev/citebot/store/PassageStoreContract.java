package dev.citebot.store;

import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link PassageStore} does beyond LangChain4j's own embedding-store contract (which a backend runs
 * too): writing in the caller's transaction, the article each passage belongs to, and the rows it lends. A backend
 * runs it by a subclass that opens its {@link StoreBackend}.
 */
public abstract class PassageStoreContract {
    private static final int DIMENSION = 4;
    private static final String HARBOUR = "Harbour Reopens\n\nThe harbour reopened.\n\nShips came back.";
    private static final String PIER = "Pier Delay\n\nThe pier opens late.";

    @TempDir
    Path dir;
    private StoreBackend backend;
    private Transactions db;
    private ArticleStore articles;
    private PassageStore store;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @BeforeEach
    void open() {
        backend = open(dir);
        db = backend.transactions();
        articles = backend.articles(Clock.systemUTC());
        store = backend.passages(DIMENSION);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void passagesAddedInATransactionAppearWhenItCommitsInInsertionOrder() {
        long start = store.version();
        long harbour = article(HARBOUR);

        db.inTransaction(tx -> {
            store.addAll(tx, List.of(harbour + "-0", harbour + "-1"), List.of(vector(0), vector(1)),
                    List.of(passage(harbour, "The harbour reopened."), passage(harbour, "Ships came back.")));
            assertThat(store.size()).as("not yet committed").isZero();
            return null;
        });

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.version()).isGreaterThan(start);
        assertThat(store.entries()).extracting(PassageStore.Entry::id).containsExactly(harbour + "-0", harbour + "-1");
        assertThat(store.entries()).extracting(e -> e.segment().text())
                .containsExactly("The harbour reopened.", "Ships came back.");
        assertThat(ids(search(vector(1), null))).first().isEqualTo(harbour + "-1");
        assertThat(articles.findBySha256(TestArticles.sha256(HARBOUR)).orElseThrow().passages()).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionLeavesNothingBehind() {
        long start = store.version();

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            long harbour = articles.insert(tx, new ParsedArticle("Harbour Reopens", HARBOUR, "harbour.txt"),
                    TestArticles.sha256(HARBOUR), TestArticles.paragraphsOf(HARBOUR));
            store.addAll(tx, List.of("h-0"), List.of(vector(0)), List.of(passage(harbour, "The harbour reopened")));
            throw new IllegalStateException("embedding failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.size()).isZero();
        assertThat(store.version()).isEqualTo(start);
        assertThat(search(vector(0), null)).isEmpty();
        long harbour = article(HARBOUR);
        db.inTransaction(tx -> {
            store.addAll(tx, List.of("h-0"), List.of(vector(0)), List.of(passage(harbour, "The harbour reopened")));
            return null;
        });
        assertThat(store.entries()).extracting(PassageStore.Entry::id).containsExactly("h-0");
    }

    @Test
    void aPassageOfAnArticleThatIsNotStoredIsRefused() {
        assertThatThrownBy(() -> store.addAll(List.of("x-0"), List.of(vector(0)), List.of(passage(99, "Nowhere."))))
                .isInstanceOf(StoreException.class).hasMessageContaining("not stored");

        assertThat(store.size()).isZero();
    }

    @Test
    void anIdAlreadyStoredFailsTheWholeBatch() {
        store.add("taken", vector(0));

        assertThatThrownBy(() -> store.addAll(List.of("new", "taken"), List.of(vector(1),
                vector(2)), null)).isInstanceOf(StoreException.class);

        assertThat(store.entries()).extracting(PassageStore.Entry::id).containsExactly("taken");
    }

    @Test
    void anEmbeddingOfAnotherDimensionIsRejected() {
        assertThatThrownBy(() -> store.add(new Embedding(new float[DIMENSION + 1])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.dimension()).isEqualTo(DIMENSION);
        assertThat(store.size()).isZero();
    }

    @Test
    void anArticleFilterComparesTheIdWhateverItsMetadataType() {
        long harbour = article(HARBOUR);
        long pier = article(PIER);
        store.addAll(List.of("int", "long", "string", "pier"), List.of(vector(0), vector(1), vector(2), vector(3)),
                List.of(TextSegment.from("a", new Metadata().put(PassageStore.ARTICLE_ID, (int) harbour)),
                        passage(harbour, "b"),
                        TextSegment.from("c", new Metadata().put(PassageStore.ARTICLE_ID, String.valueOf(harbour))),
                        passage(pier, "d")));

        assertThat(ids(search(vector(0), metadataKey(PassageStore.ARTICLE_ID).isEqualTo(harbour))))
                .containsExactlyInAnyOrder("int", "long", "string");
        assertThat(ids(search(vector(0), metadataKey(PassageStore.ARTICLE_ID).isIn(pier)))).containsExactly("pier");
    }

    @Test
    void removingAnArticlesPassagesInATransactionTakesEffectOnCommit() {
        long harbour = article(HARBOUR);
        long pier = article(PIER);
        store.addAll(List.of("h", "p"), List.of(vector(0), vector(1)),
                List.of(passage(harbour, "The harbour reopened."), passage(pier, "The pier opens late.")));
        Filter ofHarbour = metadataKey(PassageStore.ARTICLE_ID).isEqualTo(harbour);

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            store.removeAll(tx, ofHarbour);
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.entries()).extracting(PassageStore.Entry::id).containsExactly("h", "p");

        db.inTransaction(tx -> {
            store.removeAll(tx, ofHarbour);
            return null;
        });
        assertThat(store.entries()).extracting(PassageStore.Entry::id).containsExactly("p");
        assertThat(articles.findBySha256(TestArticles.sha256(HARBOUR)).orElseThrow().passages()).isZero();
    }

    @Test
    void theRowsAreAnImmutableSnapshotWithTheArticleIdReadableAsANumber() {
        long harbour = article(HARBOUR);
        store.addAll(List.of("h-0", "bare"), List.of(vector(0), vector(1)),
                Arrays.asList(passage(harbour, "The harbour reopened."), null));
        StoredRows rows = store.rows();
        long fingerprint = rows.fingerprint();

        store.add("later", vector(2));

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.id(0)).isEqualTo("h-0");
        assertThat(rows.segment(0).text()).isEqualTo("The harbour reopened.");
        assertThat(rows.segment(1)).isNull();
        assertThat(rows.integers(List.of(PassageStore.ARTICLE_ID))[0]).containsExactly(harbour, StoredRows.ABSENT);
        assertThat(store.rows().size()).isEqualTo(3);
        assertThat(store.rows().fingerprint()).isNotEqualTo(fingerprint);
        assertThat(store.rows().version()).isGreaterThan(rows.version());
    }

    @Test
    void passagesSurviveAReopen() {
        long harbour = article(HARBOUR);
        store.addAll(List.of("h-0", "h-1"), List.of(vector(0), vector(1)),
                List.of(passage(harbour, "The harbour reopened."), passage(harbour, "Ships came back.")));
        List<PassageStore.Entry> entries = store.entries();
        long fingerprint = store.rows().fingerprint();

        backend = backend.reopen();
        PassageStore reopened = backend.passages(DIMENSION);

        assertThat(reopened.entries()).isEqualTo(entries);
        assertThat(reopened.rows().fingerprint()).isEqualTo(fingerprint);
        assertThat(ids(reopened.search(EmbeddingSearchRequest.builder().queryEmbedding(vector(1))
                .maxResults(1).build()).matches())).containsExactly("h-1");
    }

    private long article(String text) {
        return TestArticles.insert(db, articles, text, text.lines().findFirst().orElseThrow() + ".txt");
    }

    private List<EmbeddingMatch<TextSegment>> search(Embedding query, Filter filter) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(10)
                .filter(filter).build()).matches();
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }

    private static TextSegment passage(long articleId, String text) {
        return TextSegment.from(text, new Metadata().put(PassageStore.ARTICLE_ID, articleId));
    }

    /** A unit vector along {@code axis}, with a little of the next axis so no two are orthogonal to a query. */
    private static Embedding vector(int axis) {
        float[] v = new float[DIMENSION];
        v[axis] = 1f;
        v[(axis + 1) % DIMENSION] = 0.1f;
        return new Embedding(v);
    }
}
