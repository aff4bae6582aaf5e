package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.citebot.App;
import dev.citebot.CountingEmbeddingModel;
import dev.citebot.TestApps;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.Ingestor;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.citebot.article.StoredArticle;
import dev.citebot.article.ArticleSummary;
import dev.citebot.article.Paragraph;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.AttributionRow;
import dev.citebot.store.AttributionStore;
import dev.citebot.store.StoredAttribution;
import dev.citebot.store.Transaction;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
import dev.citebot.store.h2.H2AttributionStore;
import dev.citebot.store.h2.H2EmbeddingStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The attribution index on a real H2 database: built at ingest, rebuilt on start for older articles, used by answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionIndexIT {
    private static final String ARTICLE = """
            Harbour Plans Stall

            The harbour board said on Monday that the new pier would be delayed. Its chair, Ann Lee, blamed the weather.

            “We will not cut corners,” Lee said. “Safety comes first.”

            Work is now expected to resume in May, according to the Harbour Gazette.
            """;

    private EmbeddingModel model;

    @BeforeAll
    void loadModel() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static ParsedArticle article() {
        return new ParsedArticle("Harbour Plans Stall", ARTICLE, "harbour.txt");
    }

    @Test
    void ingestBuildsTheIndexOfTheSeedAndOfEachNewArticle(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            long seed = app.articles().list().get(0).id();
            assertThat(app.attributions().of(seed)).extracting(a -> a.speaker().name())
                    .contains("Keir Starmer", "Emmanuel Macron", "Dmitry Peskov", "Sergey Shoigu", "a source");

            IngestResult harbour = app.ingestor().ingest(article());
            List<IndexedAttribution> rows = app.attributions().of(harbour.articleId());

            assertThat(rows).extracting(a -> a.speaker().name())
                    .containsExactly("The harbour board", "Ann Lee", "Ann Lee", "the Harbour Gazette");
            assertThat(rows.get(1).content()).isEqualTo("the weather");
            IndexedAttribution lee = rows.get(2);
            assertThat(lee.content()).isEqualTo("“We will not cut corners,” Lee said. “Safety comes first.”");
            assertThat(lee.source()).isEqualTo("harbour.txt");
            assertThat(lee.paragraph()).isEqualTo(2);
            assertThat(ARTICLE.substring(lee.attribution().contentStart(), lee.attribution().contentEnd()))
                    .isEqualTo(lee.content());
        }
    }

    @Test
    void aFailedIngestLeavesNoAttributions(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("db"))) {
            H2ArticleStore articles = new H2ArticleStore(db);
            AttributionIndex index = new AttributionIndex(new H2AttributionStore(db), articles, db,
                    new AttributionExtractor(Lexicon.bundled()), new ArticleSplitter());
            H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
            Ingestor failing = new Ingestor(new ArticleSplitter(), new CountingEmbeddingModel(model, 2), db,
                    articles, store, 2, index);

            assertThatThrownBy(() -> failing.ingest(article())).hasMessageContaining("injected failure");
            assertThat(index.attributions(OptionalLong.empty())).isEmpty();
            assertThat(index.speakers(OptionalLong.empty())).isEmpty();
        }
    }

    @Test
    void articlesStoredBeforeTheIndexAreIndexedOnStartWithoutReembedding(@TempDir Path dir) {
        long harbour;
        int stored;
        try (App app = TestApps.open(dir, model)) {
            harbour = app.ingestor().ingest(article()).articleId();
            stored = app.store().size();
        }
        dropIndex(dir);
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model, 0);
        try (App restarted = TestApps.open(dir, counting)) {
            assertThat(counting.textsEmbedded()).isZero();
            assertThat(restarted.store().size()).isEqualTo(stored);
            assertThat(restarted.attributions().of(harbour)).extracting(a -> a.speaker().name())
                    .containsExactly("The harbour board", "Ann Lee", "Ann Lee", "the Harbour Gazette");
            assertThat(restarted.attributions().speakers(OptionalLong.empty())).extracting(SpeakerCount::name)
                    .contains("Dmitry Peskov", "Ann Lee");
        }
    }

    @Test
    void indexesBuiltByAnOlderExtractorAreRebuiltOnStartWithoutReembedding(@TempDir Path dir) {
        long harbour;
        try (App app = TestApps.open(dir, model)) {
            harbour = app.ingestor().ingest(article()).articleId();
        }
        ageIndex(dir, harbour);
        assertThat(staleIndexes(dir)).containsExactly(harbour);
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model, 0);
        try (App restarted = TestApps.open(dir, counting)) {
            assertThat(counting.textsEmbedded()).isZero();
            assertThat(restarted.attributions().of(harbour)).extracting(a -> a.speaker().name())
                    .containsExactly("The harbour board", "Ann Lee", "Ann Lee", "the Harbour Gazette");
        }
        assertThat(staleIndexes(dir)).isEmpty();
    }

    @Test
    void answersTakeSpeakerAndRoleFromTheIndex(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            Answer peskov = app.answerer().answer("What did the Kremlin spokesman say?", Scope.ALL);
            Quote first = peskov.quotes().get(0);
            assertThat(first.speaker()).isEqualTo("Dmitry Peskov");
            assertThat(first.role()).isEqualTo("Kremlin spokesman");

            Answer who = app.answerer().answer("Who said “no one wants to send their troops to die in Ukraine”?",
                    Scope.ALL);
            assertThat(who.quotes().get(0).speaker()).isEqualTo("a source");
            assertThat(who.text()).contains("a source");

            assertThat(app.attributions().quotesBy("the FT", OptionalLong.empty()))
                    .extracting(a -> a.speaker().name()).containsExactly("the Financial Times");
            assertThat(app.attributions().quotesBy("Peskov", OptionalLong.empty()))
                    .extracting(a -> a.speaker().role()).containsExactly("Kremlin spokesman", "Kremlin spokesman");
            assertThat(app.attributions().speakers(OptionalLong.empty())).contains(
                    new SpeakerCount("The Sunday Times", null, 2), new SpeakerCount("Russia", null, 2));
        }
    }

    @Test
    void readingEveryArticleAtOnceHoldsWhatReadingThemOneByOneHolds(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 20; i++) {
                app.ingestor().ingest(i % 5 == 4 ? quietArticle(i) : harbourArticle(i));
            }
        }
        try (Database db = Database.open(dir.resolve("citebot"))) {
            AttributionIndex oneByOne = index(db);
            List<Long> ids = new H2AttributionStore(db).indexedArticles();
            ids.forEach(oneByOne::of);
            AttributionIndex atOnce = index(db);

            assertThat(atOnce.loadAll()).isEqualTo(21);
            assertThat(atOnce.loadAll()).isZero();
            for (long id : ids) {
                assertThat(atOnce.of(id)).isEqualTo(oneByOne.of(id));
                assertThat(atOnce.of(id)).extracting(IndexedAttribution::content)
                        .isEqualTo(oneByOne.of(id).stream().map(IndexedAttribution::content).toList());
            }
            assertThat(ids).anySatisfy(id -> assertThat(atOnce.of(id)).isEmpty());
            for (String name : List.of("Lee", "Ann Lee", "the harbour board", "Mr. Lee", "Peskov")) {
                assertThat(atOnce.quotesBy(name, OptionalLong.empty()))
                        .isEqualTo(oneByOne.quotesBy(name, OptionalLong.empty())).isNotEmpty();
            }
        }
    }

    @Test
    void aQuestionThatComesDuringTheReadWaitsForItInsteadOfReadingAgain(@TempDir Path dir) throws Exception {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 20; i++) {
                app.ingestor().ingest(harbourArticle(i));
            }
        }
        try (Database db = Database.open(dir.resolve("citebot"))) {
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger reads = new AtomicInteger();
            AttributionStore held = new HeldRead(new H2AttributionStore(db), reads, reading, release);
            AttributionIndex index = new AttributionIndex(held, new H2ArticleStore(db), db,
                    new AttributionExtractor(Lexicon.bundled()), new ArticleSplitter());
            FutureTask<Integer> ahead = new FutureTask<>(index::loadAll);
            new Thread(ahead).start();
            reading.await();
            FutureTask<List<IndexedAttribution>> question =
                    new FutureTask<>(() -> index.quotesBy("Lee", OptionalLong.empty()));
            Thread asking = new Thread(question);
            asking.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> asking.getState() == Thread.State.BLOCKED);
            release.countDown();

            assertThat(ahead.get()).isEqualTo(21);
            assertThat(question.get()).hasSize(40);
            assertThat(reads).hasValue(1);
        }
    }

    @Test
    void articlesAddedToManyHeldAreReadOneByOneNotAllAgain(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 40; i++) {
                app.ingestor().ingest(harbourArticle(i));
            }
        }
        try (Database db = Database.open(dir.resolve("citebot"))) {
            AtomicInteger reads = new AtomicInteger();
            AttributionStore counted = new HeldRead(new H2AttributionStore(db), reads, new CountDownLatch(1),
                    new CountDownLatch(0));
            H2ArticleStore articles = new H2ArticleStore(db);
            AttributionIndex index = new AttributionIndex(counted, articles, db,
                    new AttributionExtractor(Lexicon.bundled()), new ArticleSplitter());
            assertThat(index.loadAll()).isEqualTo(41);
            Ingestor ingestor = new Ingestor(new ArticleSplitter(), model, db, articles,
                    H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build(), 16, index);
            for (int i = 40; i < 60; i++) {
                ingestor.ingest(harbourArticle(i));
            }

            assertThat(index.loadAll()).isEqualTo(20);
            assertThat(reads).hasValue(1);
            assertThat(index.quotesBy("Lee", OptionalLong.empty())).hasSize(120);
        }
    }

    @Test
    void heldAttributionsReadTheirContentFromTheArticlesTextOnlyWhenAskedAndListedOnceAnArticle(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 20; i++) {
                app.ingestor().ingest(harbourArticle(i));
            }
        }
        try (Database db = Database.open(dir.resolve("citebot"))) {
            AtomicInteger textReads = new AtomicInteger();
            ArticleStore articles = new CountedTexts(new H2ArticleStore(db), textReads);
            AttributionIndex index = new AttributionIndex(new H2AttributionStore(db), articles, db,
                    new AttributionExtractor(Lexicon.bundled()), new ArticleSplitter());

            assertThat(index.loadAll()).isEqualTo(21);
            List<IndexedAttribution> lee = index.quotesBy("Ann Lee", OptionalLong.empty());
            assertThat(lee).hasSize(40);
            assertThat(textReads).hasValue(0);

            IndexedAttribution first = lee.get(0);
            String text = articles.find(first.articleId()).orElseThrow().text();
            assertThat(first.content()).isEqualTo("“We will not cut corners,” Lee said. “Safety comes first.”")
                    .isEqualTo(text.substring(first.attribution().contentStart(), first.attribution().contentEnd()));
            assertThat(textReads).hasValue(1);

            List<IndexedAttribution> listed = index.withContents(lee);
            assertThat(textReads).hasValue(2);
            assertThat(listed).isEqualTo(lee);
            assertThat(listed).extracting(IndexedAttribution::content)
                    .isEqualTo(lee.stream().map(IndexedAttribution::content).toList());
        }
    }

    /** The H2 article store, its reads of texts counted. */
    private static final class CountedTexts implements ArticleStore {
        private final ArticleStore store;
        private final AtomicInteger reads;

        CountedTexts(ArticleStore store, AtomicInteger reads) {
            this.store = store;
            this.reads = reads;
        }

        @Override
        public Map<Long, String> texts(Collection<Long> ids) {
            reads.incrementAndGet();
            return store.texts(ids);
        }

        @Override
        public long insert(Transaction tx, ParsedArticle article, String sha256, List<Paragraph> paragraphs) {
            return store.insert(tx, article, sha256, paragraphs);
        }

        @Override
        public Optional<ArticleSummary> findBySha256(String sha256) {
            return store.findBySha256(sha256);
        }

        @Override
        public Optional<StoredArticle> find(long id) {
            return store.find(id);
        }

        @Override
        public List<StoredArticle> all() {
            return store.all();
        }

        @Override
        public List<ArticleSummary> list() {
            return store.list();
        }

        @Override
        public List<Paragraph> paragraphs(long articleId) {
            return store.paragraphs(articleId);
        }

        @Override
        public Extent extent() {
            return store.extent();
        }

        @Override
        public long count() {
            return store.count();
        }
    }

    /** The H2 store, its one-pass read counted and held at its start until released. */
    private record HeldRead(AttributionStore store, AtomicInteger reads, CountDownLatch reading,
                            CountDownLatch release) implements AttributionStore {
        @Override
        public void forEachIndexed(BiConsumer<Long, List<StoredAttribution>> each) {
            reads.incrementAndGet();
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            store.forEachIndexed(each);
        }

        @Override
        public void insert(Transaction tx, long articleId, List<AttributionRow> rows, int extractorVersion) {
            store.insert(tx, articleId, rows, extractorVersion);
        }

        @Override
        public void delete(Transaction tx, long articleId) {
            store.delete(tx, articleId);
        }

        @Override
        public List<StoredAttribution> of(long articleId) {
            return store.of(articleId);
        }

        @Override
        public List<StoredAttribution> all() {
            return store.all();
        }

        @Override
        public List<Long> indexedArticles() {
            return store.indexedArticles();
        }

        @Override
        public boolean isIndexed(long articleId) {
            return store.isIndexed(articleId);
        }

        @Override
        public boolean allIndexedSince(int extractorVersion) {
            return store.allIndexedSince(extractorVersion);
        }

        @Override
        public List<Long> articlesNotIndexedSince(int extractorVersion) {
            return store.articlesNotIndexedSince(extractorVersion);
        }
    }

    @Test
    void anApplicationAskedToReadAheadReadsEveryArticlesAttributions(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 20; i++) {
                app.ingestor().ingest(harbourArticle(i));
            }
        }
        try (App app = TestApps.open(dir, model)) {
            app.warmUp();
            assertThat(app.attributions().held()).isLessThan(21);
            app.readAhead();
            await().atMost(Duration.ofSeconds(30)).until(() -> app.attributions().held() == 21);
        }
    }

    @Test
    void closingWithinTheSecondBeforeTheReadCancelsIt(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            for (int i = 0; i < 20; i++) {
                app.ingestor().ingest(harbourArticle(i));
            }
        }
        App app = TestApps.open(dir, model);
        app.readAhead();
        app.close();

        assertThat(app.attributions().held()).isZero();
    }

    private static ParsedArticle harbourArticle(int i) {
        return new ParsedArticle("Harbour Plans Stall " + i, ARTICLE.replace("Monday", "day " + i), "harbour-" + i + ".txt");
    }

    private static ParsedArticle quietArticle(int i) {
        return new ParsedArticle("Tide Tables " + i, "Tide Tables " + i + "\n\nHigh water is at " + i
                + " in the morning. The pier stays open all week.\n", "tides-" + i + ".txt");
    }

    private static AttributionIndex index(Database db) {
        return new AttributionIndex(new H2AttributionStore(db), new H2ArticleStore(db), db,
                new AttributionExtractor(Lexicon.bundled()), new ArticleSplitter());
    }

    /** Makes the article's index look built by version 1 of the extractor, with a row that version never made. */
    private static void ageIndex(Path dir, long articleId) {
        try (Database db = Database.open(dir.resolve("citebot"))) {
            AttributionStore store = new H2AttributionStore(db);
            AttributionRow first = store.of(articleId).get(0).row();
            AttributionRow stale = new AttributionRow(first.paragraph(), "Stale Speaker", first.speakerMention(),
                    first.speakerStart(), first.speakerEnd(), first.role(), first.cue(), first.cueStart(),
                    first.cueEnd(), first.contentStart(), first.contentEnd(), first.kind());
            db.inTransaction(tx -> {
                store.delete(tx, articleId);
                store.insert(tx, articleId, List.of(stale), 1);
                return null;
            });
        }
    }

    /** The articles whose index was not built by the current extractor (none once it is rebuilt). */
    private static List<Long> staleIndexes(Path dir) {
        try (Database db = Database.open(dir.resolve("citebot"))) {
            return new H2AttributionStore(db).articlesNotIndexedSince(AttributionExtractor.VERSION);
        }
    }

    private static void dropIndex(Path dir) {
        try (Database db = Database.open(dir.resolve("citebot"))) {
            AttributionStore store = new H2AttributionStore(db);
            List<StoredArticle> stored = new H2ArticleStore(db).all();
            db.inTransaction(tx -> {
                stored.forEach(a -> store.delete(tx, a.id()));
                return null;
            });
        }
    }
}
