package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import dev.citebot.store.TestArticles;
import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The store against real H2 with synthetic vectors; {@link H2EmbeddingStoreIT} uses the real model. */
class H2EmbeddingStoreTest {
    private static final int DIMENSION = 16;

    @TempDir
    Path dir;
    private Database db;
    private H2EmbeddingStore store;
    private final Random random = new Random(1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("citebot"));
        store = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBuilderFailsFast() {
        assertThatThrownBy(() -> H2EmbeddingStore.builder().dimension(3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database");
        assertThatThrownBy(() -> H2EmbeddingStore.builder().database(db).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> H2EmbeddingStore.builder().database(db).dimension(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> H2EmbeddingStore.builder().database(db).dimension(-384).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-384");
    }

    @Test
    void searchAgreesWithLangChain4jsInMemoryStore() {
        InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add("id-" + i);
            embeddings.add(randomEmbedding());
            segments.add(TextSegment.from("segment " + i, new Metadata().put("group", i % 7)));
        }
        store.addAll(ids, embeddings, segments);
        reference.addAll(ids, embeddings, segments);

        Map<String, float[]> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), embeddings.get(i).vector());
        }
        int compared = 0;
        for (Filter filter : new Filter[]{null, metadataKey("group").isIn(1, 3, 5), metadataKey("group").isEqualTo(4)}) {
            for (int q = 0; q < 20; q++) {
                Embedding query = randomEmbedding();
                EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                        .queryEmbedding(query).maxResults(8).filter(filter).build();
                List<EmbeddingMatch<TextSegment>> ours = store.search(request).matches();
                ExactnessCheck.check(ours, reference.search(request).matches().stream()
                        .map(EmbeddingMatch::embeddingId).toList(),
                        id -> ExactnessCheck.relevance(byId.get(id), query.vector()));
                assertThat(ours).allSatisfy(m -> assertThat(m.embedded().text())
                        .isEqualTo("segment " + m.embeddingId().substring(3)));

                EmbeddingSearchRequest above = EmbeddingSearchRequest.builder()
                        .queryEmbedding(query).maxResults(8).minScore(0.55).filter(filter).build();
                List<EmbeddingMatch<TextSegment>> oursAbove = store.search(above).matches();
                ExactnessCheck.checkMinimum(oursAbove, ours, 0.55);
                compared += oursAbove.size();
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void matchesCarryTheNormalisedVectorAndTheSegment() {
        String id = store.add(new Embedding(unit(0, 3f)), TextSegment.from("three"));

        EmbeddingMatch<TextSegment> match = store.search(request(unit(0, 1f), 1)).matches().get(0);

        assertThat(match.embeddingId()).isEqualTo(id);
        assertThat(match.embedding().vector()).containsExactly(unit(0, 1f));
        assertThat(match.embedded()).isEqualTo(TextSegment.from("three"));
        assertThat(match.score()).isEqualTo(1.0);
    }

    @Test
    void everyAddOverloadStoresInInsertionOrder() {
        String a = store.add(randomEmbedding());
        store.add("b", randomEmbedding());
        String c = store.add(randomEmbedding(), TextSegment.from("c"));
        List<String> de = store.addAll(List.of(randomEmbedding(), randomEmbedding()));
        List<String> fg = store.addAll(List.of(randomEmbedding(), randomEmbedding()),
                List.of(TextSegment.from("f"), TextSegment.from("g")));

        assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id)
                .containsExactly(a, "b", c, de.get(0), de.get(1), fg.get(0), fg.get(1));
        assertThat(store.entries()).extracting(e -> e.segment() == null ? null : e.segment().text())
                .containsExactly(null, null, "c", null, null, "f", "g");
        assertThat(store.size()).isEqualTo(7);
        assertThat(H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build().entries())
                .isEqualTo(store.entries());
    }

    @Test
    void removingRowsFromInsideABlockKeepsTheOthersExactlyInTheTableAndInMemory() {
        List<Embedding> vectors = List.of(randomEmbedding(), randomEmbedding(), randomEmbedding(), randomEmbedding());
        store.addAll(List.of("a", "b", "c", "d"), vectors, List.of(TextSegment.from("a"), TextSegment.from("b"),
                TextSegment.from("c"), TextSegment.from("d")));
        List<EmbeddingMatch<TextSegment>> before = store.search(request(vectors.get(3).vector(), 4)).matches();

        store.removeAll(List.of("b", "c"));

        H2EmbeddingStore reopened = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
        for (H2EmbeddingStore s : List.of(store, reopened)) {
            assertThat(s.entries()).extracting(H2EmbeddingStore.Entry::id).containsExactly("a", "d");
            assertThat(s.search(request(vectors.get(3).vector(), 4)).matches())
                    .isEqualTo(before.stream().filter(m -> !List.of("b", "c").contains(m.embeddingId())).toList());
        }
        assertThat(storedRows()).isEqualTo(2);
        store.removeAll(List.of("a", "d"));
        int blocks = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM embedding_block")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(blocks).as("an emptied block is deleted").isZero();
    }

    @Test
    void aLoadReadsTheCodesAndNeverTheFloatVectors() {
        List<Embedding> vectors = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            vectors.add(randomEmbedding());
        }
        store.addAll(vectors);
        Embedding query = randomEmbedding();
        List<EmbeddingMatch<TextSegment>> before = store.search(request(query.vector(), 10)).matches();
        db.write(tx -> {
            try (var s = tx.connection().createStatement()) {
                return s.executeUpdate("UPDATE embedding_vector SET vectors = X''");
            }
        });

        H2EmbeddingStore reopened = H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();

        assertThat(reopened.size()).isEqualTo(100);
        assertThat(reopened.search(request(query.vector(), 10)).matches()).isEqualTo(before);
    }

    @Test
    void invalidAddsAreRejectedAndChangeNothing() {
        store.add("kept", randomEmbedding());
        long version = store.version();

        assertRejected(() -> store.add("x", new Embedding(new float[DIMENSION + 1])), "17 dimensions");
        float[] nan = randomEmbedding().vector();
        nan[3] = Float.NaN;
        assertRejected(() -> store.add("x", new Embedding(nan)), "NaN");
        assertRejected(() -> store.addAll(List.of("x", "x"), List.of(randomEmbedding(), randomEmbedding()), null),
                "appears twice");
        assertRejected(() -> store.add(" ", randomEmbedding()), "not blank");
        assertRejected(() -> store.add("x".repeat(65), randomEmbedding()), "64");
        assertRejected(() -> store.addAll(List.of("x"), List.of(randomEmbedding(), randomEmbedding()), null),
                "sizes must match");
        assertRejected(() -> store.add("x", null), "null");
        assertRejected(() -> store.add(randomEmbedding(),
                TextSegment.from("t", new Metadata().put(H2EmbeddingStore.ARTICLE_ID, "seven"))), "seven");
        assertRejected(() -> store.add(randomEmbedding(),
                TextSegment.from("t", new Metadata().put(H2EmbeddingStore.ARTICLE_ID, 1.5))), "whole number");

        assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id).containsExactly("kept");
        assertThat(store.version()).isEqualTo(version);
        assertThat(storedRows()).isEqualTo(1);
    }

    @Test
    void anIdThatIsAlreadyStoredFailsTheWholeBatch() {
        store.add("taken", randomEmbedding());
        long version = store.version();

        assertThatThrownBy(() -> store.addAll(List.of("new", "taken"), List.of(randomEmbedding(), randomEmbedding()),
                null)).isInstanceOf(StoreException.class).hasMessageContaining("already stored");

        assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id).containsExactly("taken");
        assertThat(store.version()).isEqualTo(version);
        assertThat(storedRows()).isEqualTo(1);
    }

    @Test
    void anArticleIdMustNameAStoredArticle() {
        assertThatThrownBy(() -> store.add(randomEmbedding(),
                TextSegment.from("t", new Metadata().put(H2EmbeddingStore.ARTICLE_ID, 99L))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not stored");
        assertThat(store.size()).isZero();
    }

    @Test
    void articleIdFiltersCompareTheIdWhateverItsMetadataType() {
        long one = insertArticle("one");
        long two = insertArticle("two");
        store.addAll(List.of("int", "long", "string", "other", "none"),
                List.of(randomEmbedding(), randomEmbedding(), randomEmbedding(), randomEmbedding(), randomEmbedding()),
                Arrays.asList(segment(H2EmbeddingStore.ARTICLE_ID, (int) one),
                        segment(H2EmbeddingStore.ARTICLE_ID, one),
                        TextSegment.from("t", new Metadata().put(H2EmbeddingStore.ARTICLE_ID, String.valueOf(one))),
                        segment(H2EmbeddingStore.ARTICLE_ID, two), null));

        assertThat(matchIds(metadataKey(H2EmbeddingStore.ARTICLE_ID).isEqualTo(one)))
                .containsExactlyInAnyOrder("int", "long", "string");
        assertThat(matchIds(metadataKey(H2EmbeddingStore.ARTICLE_ID).isEqualTo((int) two))).containsExactly("other");
        assertThat(matchIds(metadataKey(H2EmbeddingStore.ARTICLE_ID).isIn(one, two)))
                .containsExactlyInAnyOrder("int", "long", "string", "other");
        assertThat(matchIds(metadataKey(H2EmbeddingStore.ARTICLE_ID).isIn(two + 1, two + 2))).isEmpty();
        assertThat(matchIds(null)).hasSize(5);
    }

    @Test
    void embeddingsWithoutASegmentHaveEmptyMetadataForFilters() {
        store.add("bare", randomEmbedding());
        store.add(randomEmbedding(), segment("topic", 1));

        assertThat(matchIds(metadataKey("topic").isEqualTo(1))).doesNotContain("bare").hasSize(1);
        assertThat(matchIds(metadataKey("topic").isNotEqualTo(1))).containsExactly("bare");
    }

    @Test
    void aQueryOfAnotherDimensionIsRejected() {
        store.add(randomEmbedding());

        assertThatThrownBy(() -> store.search(request(new float[DIMENSION * 2], 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 dimensions")
                .hasMessageContaining("16-dimensional");
    }

    @Test
    void storedVectorsOfAnotherDimensionFailTheBuild() {
        store.add(randomEmbedding());

        assertThatThrownBy(() -> H2EmbeddingStore.builder().database(db).dimension(DIMENSION + 8).build())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("16 dimensions")
                .hasMessageContaining("re-embed");
    }

    @Test
    void aSearchNeverTouchesTheDatabase() {
        store.addAll(List.of("a1", "a2", "a3"), List.of(unitEmbedding(0), unitEmbedding(1), unitEmbedding(2)), null);
        db.close();

        assertThat(store.search(request(unit(1, 1f), 2)).matches()).extracting(EmbeddingMatch::embeddingId)
                .startsWith("a2").hasSize(2);
        assertThatThrownBy(() -> store.addAll(List.of(unitEmbedding(3))))
                .as("the database is really closed").isInstanceOf(IllegalStateException.class);
    }

    private Embedding unitEmbedding(int axis) {
        return new Embedding(unit(axis, 1f));
    }

    @Test
    void theVersionCountsCommittedChangesOnly() {
        long start = store.version();
        store.add("a", randomEmbedding());
        store.addAll(List.of("b", "c"), List.of(randomEmbedding(), randomEmbedding()), null);
        assertThat(store.version()).isEqualTo(start + 2);

        store.removeAll(List.of("no such id"));
        store.removeAll(metadataKey("topic").isEqualTo("none"));
        assertThat(store.version()).isEqualTo(start + 2);

        store.remove("a");
        assertThat(store.version()).isEqualTo(start + 3);
    }

    @Test
    void entriesIsAnImmutableSnapshot() {
        store.add("a", randomEmbedding());
        List<H2EmbeddingStore.Entry> before = store.entries();

        store.add("b", randomEmbedding());
        store.remove("a");

        assertThat(before).extracting(H2EmbeddingStore.Entry::id).containsExactly("a");
        assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id).containsExactly("b");
        assertThatThrownBy(() -> before.add(new H2EmbeddingStore.Entry("x", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void removalArgumentsAreChecked() {
        assertThatThrownBy(() -> store.removeAll(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.removeAll((Collection<String>) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.removeAll((Filter) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.remove(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchesRunSafelyWhileOtherThreadsAddAndRemove() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> searchUntilDone(writing)));
            }
            for (int batch = 0; batch < 100; batch++) {
                List<Embedding> embeddings = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    embeddings.add(randomEmbedding());
                }
                List<String> ids = store.addAll(embeddings);
                store.remove(ids.get(0));
            }
            writing.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.size()).isEqualTo(1900);
        assertThat(store.search(request(randomEmbedding().vector(), 5000)).matches()).hasSize(1900);
    }

    private int searchUntilDone(AtomicBoolean writing) {
        int searches = 0;
        int lastSize = 0;
        while (writing.get() || searches == 0) {
            List<EmbeddingMatch<TextSegment>> matches = store.search(request(randomQuery(), 5000)).matches();
            assertThat(matches.size()).isGreaterThanOrEqualTo(lastSize - 1);
            assertThat(matches).allSatisfy(m -> assertThat(m.embedding().vector()).hasSize(DIMENSION));
            lastSize = matches.size();
            searches++;
        }
        return searches;
    }

    private float[] randomQuery() {
        float[] query = new float[DIMENSION];
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < DIMENSION; i++) {
            query[i] = (float) r.nextGaussian();
        }
        return query;
    }

    private List<String> matchIds(Filter filter) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(randomEmbedding())
                        .maxResults(100).filter(filter).build())
                .matches().stream().map(EmbeddingMatch::embeddingId).toList();
    }

    private long insertArticle(String name) {
        String text = name + "\n\nBody of " + name + ".";
        return db.write(tx -> new H2ArticleStore(db).insert(tx, new ParsedArticle(name, text, name),
                TestArticles.sha256(text), TestArticles.paragraphsOf(text)));
    }

    private int storedRows() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM embedding_id")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void assertRejected(Runnable add, String message) {
        assertThatThrownBy(add::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static TextSegment segment(String key, long value) {
        return TextSegment.from("t", new Metadata().put(key, value));
    }

    private static TextSegment segment(String key, int value) {
        return TextSegment.from("t", new Metadata().put(key, value));
    }

    private static EmbeddingSearchRequest request(float[] query, int maxResults) {
        return EmbeddingSearchRequest.builder().queryEmbedding(new Embedding(query)).maxResults(maxResults).build();
    }

    private static float[] unit(int axis, float length) {
        float[] v = new float[DIMENSION];
        v[axis] = length;
        return v;
    }

    private Embedding randomEmbedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding(v);
    }
}
