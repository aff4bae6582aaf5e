package dev.citebot.retrieve;

import dev.citebot.article.Scope;

import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Passages;
import dev.citebot.article.Sentence;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
import dev.citebot.store.h2.H2DerivedIndexStore;
import dev.citebot.store.h2.H2EmbeddingStore;
import dev.citebot.store.h2.TestSql;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus snapshot on a real H2 store, with vectors that do not matter here. */
class CorpusTest {
    private static final String PIER = "Harbour Plans Stall\n\nThe harbour board said the pier would be delayed."
            + " “We will not cut corners,” said Ann Lee.\n\nThe mayor disagreed.";
    private static final String FERRY = "Ferry Fares Rise\n\nFerry fares will rise in April, the operator said.";
    private static final String BUDGET = "Budget Talks\n\nThe board will not cut the budget, the mayor said.";

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore articles;
    private H2EmbeddingStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("citebot"));
        articles = new H2ArticleStore(db);
        store = H2EmbeddingStore.builder().database(db).dimension(2).build();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void passagesArticlesWordsAndTheLexicalIndexComeFromStoreAndArticles() {
        long pier = ingest(PIER);
        CorpusSnapshot snapshot = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();

        assertThat(snapshot.passageCount()).isEqualTo(3);
        assertThat(snapshot.article(pier).orElseThrow().passages()).extracting(p -> p.sentence().text(PIER))
                .containsExactly("The harbour board said the pier would be delayed.",
                        "“We will not cut corners,” said Ann Lee.", "The mayor disagreed.");
        assertThat(snapshot.article(pier).orElseThrow().paragraphs()).hasSize(2);
        assertThat(snapshot.mentions(Scope.ALL, "stall")).as("a title word").isTrue();
        assertThat(snapshot.mentions(Scope.article(pier), "lee")).isTrue();
        assertThat(snapshot.mentions(Scope.ALL, "ferry")).isFalse();
        List<LexicalIndex.Hit> hits = snapshot.lexical().search(SearchTerms.terms("cut corners"), d -> true, 3);
        assertThat(hits).extracting(h -> snapshot.passage(h.doc()).start()).containsExactly(PIER.indexOf("“We"));
    }

    @Test
    void namesWithHyphensDotsAccentsAndWordFormsAreMentionedInOneArticleAndInAll() {
        long net = ingest("Network Choice\n\nThomas de Maizière said the X.25 link was NP-complete, a European"
                + " first.");
        ingest(FERRY);
        CorpusSnapshot snapshot = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();

        for (Scope scope : List.of(Scope.ALL, Scope.article(net))) {
            for (String name : List.of("X.25", "NP-complete", "Maiziere", "de Maizière", "Europe")) {
                assertThat(snapshot.mentions(scope, name)).as(name + " in " + scope).isTrue();
            }
            for (String name : List.of("Quuxley", "X.99", "NP-hard")) {
                assertThat(snapshot.mentions(scope, name)).as(name + " in " + scope).isFalse();
            }
        }
    }

    @Test
    void aSnapshotLoadedFromItsSavedPartAgreesWithTheOneThatSavedItAndReadsTextsOnDemand() {
        long pier = ingest(PIER);
        long ferry = ingest(FERRY);
        CorpusSnapshot built = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();

        CorpusSnapshot loaded = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();

        assertThat(loaded.articles().keySet()).containsExactlyElementsOf(built.articles().keySet());
        assertThat(loaded.article(ferry).orElseThrow().title()).isEqualTo("Ferry Fares Rise");
        assertThat(loaded.article(pier).orElseThrow().text()).isEqualTo(PIER);
        assertThat(loaded.articlesWithTexts(Scope.ALL)).extracting(ArticleView::text).containsExactly(PIER, FERRY);
        assertThat(loaded.mentions(Scope.ALL, "stall")).isTrue();
        for (String q : List.of("ferry fares", "pier delayed", "mayor")) {
            assertThat(loaded.lexical().search(SearchTerms.terms(q), d -> true, 5))
                    .isEqualTo(built.lexical().search(SearchTerms.terms(q), d -> true, 5));
        }
    }

    @Test
    void passageKeysStoredAsOtherTypesStillMakeAPassageAndOtherSegmentsDoNot() {
        long pier = ingest(PIER);
        long version = store.version();
        int start = PIER.indexOf("The mayor");
        Metadata asStrings = new Metadata().put(Passages.ARTICLE_ID, String.valueOf(pier))
                .put(Passages.PARAGRAPH, "2").put(Passages.START, String.valueOf(start))
                .put(Passages.END, String.valueOf(PIER.length()));
        store.addAll(List.of("strings", "plain", "bare"), List.of(vector(), vector(), vector()),
                java.util.Arrays.asList(TextSegment.from("The mayor disagreed.", asStrings),
                        TextSegment.from("not a passage"), null));

        CorpusSnapshot snapshot = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();

        assertThat(snapshot.version()).isGreaterThan(version);
        assertThat(snapshot.passageCount()).isEqualTo(4);
        assertThat(snapshot.passage(3).articleId()).isEqualTo(pier);
        assertThat(snapshot.passage(3).start()).isEqualTo(start);
        assertThat(snapshot.passage(3).sentence().index()).isZero();
    }

    @Test
    void theSavedPartIsUsedOnlyForTheRowsAndArticlesItWasBuiltFrom() {
        ingest(PIER);
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        String saved = savedFingerprint();
        assertThat(saved).startsWith("v" + LexicalIndex.FORMAT + ":");

        long pier = articles.list().get(0).id();
        LexicalIndex decoy = LexicalIndex.build(List.of("zebra crossing", "zebra", "crossing guard"));
        new H2DerivedIndexStore(db).save(Corpus.SAVED, saved, new SavedCorpus(
                List.of(new ArticleHead(pier, "Decoy", "decoy.txt", PIER.length())), decoy).save());
        CorpusSnapshot loaded = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        assertThat(loaded.lexical().contains("zebra")).as("the saved index is used as it is").isTrue();
        assertThat(loaded.article(pier).orElseThrow().title()).isEqualTo("Decoy");

        ingest(FERRY);
        CorpusSnapshot rebuilt = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        assertThat(rebuilt.lexical().contains("zebra")).isFalse();
        assertThat(rebuilt.lexical().contains(SearchTerms.stem("ferry"))).isTrue();
        assertThat(savedFingerprint()).isNotEqualTo(saved);

        store.removeAll(dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey(Passages.ARTICLE_ID)
                .isEqualTo(articles.list().get(1).id()));
        String afterRemoval = savedFingerprint();
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        assertThat(savedFingerprint()).isNotEqualTo(afterRemoval);
    }

    @Test
    void aSavedPartReadAheadIsUsedByTheFirstBuildWhenItFitsTheRowsLoaded() {
        long pier = ingest(PIER);
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        LexicalIndex decoy = LexicalIndex.build(List.of("zebra crossing"));
        new H2DerivedIndexStore(db).save(Corpus.SAVED, savedFingerprint(), new SavedCorpus(
                List.of(new ArticleHead(pier, "Decoy", "decoy.txt", PIER.length())), decoy).save());
        CountingIndexes counting = new CountingIndexes(new H2DerivedIndexStore(db), 0);

        CorpusSnapshot loaded;
        try (SavedCorpusPrefetch prefetch = SavedCorpusPrefetch.start(counting)) {
            loaded = new Corpus(articles, store, counting, prefetch).snapshot();
        }

        assertThat(loaded.lexical().contains("zebra")).as("the saved part read ahead is used").isTrue();
        assertThat(counting.reads).as("read once, ahead, and not again").isEqualTo(1);
    }

    @Test
    void aSavedPartReadAheadForOtherRowsIsNotUsed() {
        ingest(PIER);
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        CountingIndexes counting = new CountingIndexes(new H2DerivedIndexStore(db), 0);

        try (SavedCorpusPrefetch prefetch = SavedCorpusPrefetch.start(counting)) {
            ingest(FERRY);
            Corpus corpus = new Corpus(articles, store, counting, prefetch);
            CorpusSnapshot snapshot = corpus.snapshot();

            assertThat(snapshot.lexical().contains(SearchTerms.stem("ferry"))).as("rebuilt, not the stale part")
                    .isTrue();
            assertThat(counting.reads).as("read ahead, then asked for under the new fingerprint").isEqualTo(2);
        }
    }

    @Test
    void closingWaitsUntilTheReadAheadHasEnded() {
        ingest(PIER);
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        CountingIndexes slow = new CountingIndexes(new H2DerivedIndexStore(db), 300);

        SavedCorpusPrefetch.start(slow).close();

        assertThat(slow.ended).as("nothing reads the database once close has returned").isTrue();
    }

    @Test
    void articlesWithTermsHaveAPassageHoldingEachTermInScopeInIdOrder() {
        long pier = ingest(PIER);
        long ferry = ingest(FERRY);
        long budget = ingest(BUDGET);
        CorpusSnapshot snapshot = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        String cut = SearchTerms.stem("cut");

        assertThat(snapshot.articlesWithTerms(List.of(cut), Scope.ALL)).extracting(ArticleView::id)
                .containsExactly(pier, budget);
        assertThat(snapshot.articlesWithTerms(List.of(cut, SearchTerms.stem("corners")), Scope.ALL))
                .extracting(ArticleView::id).containsExactly(pier);
        assertThat(snapshot.articlesWithTerms(List.of(cut), Scope.ALL.hiding(java.util.Set.of(pier))))
                .extracting(ArticleView::id).containsExactly(budget);
        assertThat(snapshot.articlesWithTerms(List.of(cut), Scope.article(ferry))).isEmpty();
        assertThat(snapshot.articlesWithTerms(List.of("zebra"), Scope.ALL)).isEmpty();
    }

    @Test
    void aQuotationIsLookedForOnlyInTheArticlesHoldingItsInnerWords() {
        long pier = ingest(PIER);
        ingest(FERRY);
        long budget = ingest(BUDGET);
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        CountingArticles counting = new CountingArticles(articles);
        CorpusSnapshot loaded = new Corpus(counting, store, new H2DerivedIndexStore(db)).snapshot();

        List<ChannelHit> hits = new PhraseChannel().find(loaded, java.util.Optional.of("will not cut corners"),
                Scope.ALL);

        assertThat(hits).extracting(ChannelHit::articleId, ChannelHit::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pier, PIER.indexOf("“We")));
        assertThat(counting.textsRead).as("the ferry article has neither \"not\" nor \"cut\"")
                .containsExactlyInAnyOrder(pier, budget);
    }

    @Test
    void readingCandidateTextsStopsWithTheReadThatHoldsEnoughMatches() {
        List<Long> ids = new ArrayList<>();
        ids.add(ingest("Pier Notes\n\nThe pier will not cut costs, said the chair, but corners were cut."));
        for (int i = 0; i < 4 * PhraseChannel.MAX_MATCHES; i++) {
            ids.add(ingest("Pier Report " + i + "\n\n“We will not cut corners,” the chair said in report " + i + "."));
        }
        new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        CountingArticles counting = new CountingArticles(articles);
        CorpusSnapshot loaded = new Corpus(counting, store, new H2DerivedIndexStore(db)).snapshot();

        List<ChannelHit> hits = new PhraseChannel().find(loaded, java.util.Optional.of("will not cut corners"),
                Scope.ALL);

        assertThat(hits).as("the first article holds the words but not the quotation").extracting(
                ChannelHit::articleId).containsExactlyElementsOf(ids.subList(1, 1 + PhraseChannel.MAX_MATCHES));
        assertThat(counting.textsRead).as("a first read of five, then a second of ten")
                .containsExactlyInAnyOrderElementsOf(ids.subList(0, 3 * PhraseChannel.MAX_MATCHES));
    }

    @Test
    void aQuotationIsFoundWhateverItsCaseSpacingQuoteMarksOrCutOffEnds() {
        long pier = ingest(PIER);
        long marks = ingest("Quote Marks\n\n“It won`t cut the harbour`s costs,” the chair said.");
        long budget = ingest("Budget Talks\n\nThe board won’t cut the budget, the mayor said.");
        CorpusSnapshot snapshot = new Corpus(articles, store, new H2DerivedIndexStore(db)).snapshot();
        PhraseChannel phrase = new PhraseChannel();

        for (String asked : List.of("WILL not   cut Corners", "e will not cut corn", "cut corners")) {
            assertThat(phrase.find(snapshot, java.util.Optional.of(asked), Scope.ALL)).as(asked)
                    .extracting(ChannelHit::articleId).containsExactly(pier);
        }
        for (String asked : List.of("it won't cut the harbour's costs", "it won’t cut the harbour’s costs")) {
            assertThat(phrase.find(snapshot, java.util.Optional.of(asked), Scope.ALL)).as(asked)
                    .extracting(ChannelHit::articleId).containsExactly(marks);
        }
        assertThat(phrase.find(snapshot, java.util.Optional.of("board won`t cut the budget"), Scope.ALL))
                .extracting(ChannelHit::articleId).containsExactly(budget);
        assertThat(phrase.find(snapshot, java.util.Optional.of("will not cut corners"), Scope.article(marks)))
                .isEmpty();
    }

    /** The real store, counting its reads; a read ahead takes {@code delayMillis} longer. */
    private static final class CountingIndexes implements dev.citebot.store.DerivedIndexStore {
        private final dev.citebot.store.DerivedIndexStore real;
        private final long delayMillis;
        private volatile int reads;
        private volatile boolean ended;

        CountingIndexes(dev.citebot.store.DerivedIndexStore real, long delayMillis) {
            this.real = real;
            this.delayMillis = delayMillis;
        }

        @Override
        public <T> java.util.Optional<T> load(String name, String fingerprint, Decoder<T> decode) {
            reads++;
            return real.load(name, fingerprint, decode);
        }

        @Override
        public <T> java.util.Optional<Saved<T>> loadAny(String name, Decoder<T> decode) {
            reads++;
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            java.util.Optional<Saved<T>> saved = real.loadAny(name, decode);
            ended = true;
            return saved;
        }

        @Override
        public void save(String name, String fingerprint, byte[] data) {
            real.save(name, fingerprint, data);
        }
    }

    /** The real article store, recording which articles' texts were read. */
    private static final class CountingArticles implements ArticleStore {
        private final ArticleStore real;
        private final List<Long> textsRead = new java.util.concurrent.CopyOnWriteArrayList<>();

        CountingArticles(ArticleStore real) {
            this.real = real;
        }

        @Override
        public long insert(dev.citebot.store.Transaction tx, ParsedArticle article, String sha256,
                           List<dev.citebot.article.Paragraph> paragraphs) {
            return real.insert(tx, article, sha256, paragraphs);
        }

        @Override
        public java.util.Optional<dev.citebot.article.ArticleSummary> findBySha256(String sha256) {
            return real.findBySha256(sha256);
        }

        @Override
        public java.util.Optional<dev.citebot.article.StoredArticle> find(long id) {
            textsRead.add(id);
            return real.find(id);
        }

        @Override
        public java.util.Map<Long, String> texts(java.util.Collection<Long> ids) {
            textsRead.addAll(ids);
            return real.texts(ids);
        }

        @Override
        public List<dev.citebot.article.StoredArticle> all() {
            List<dev.citebot.article.StoredArticle> all = real.all();
            all.forEach(a -> textsRead.add(a.id()));
            return all;
        }

        @Override
        public List<dev.citebot.article.ArticleSummary> list() {
            return real.list();
        }

        @Override
        public List<dev.citebot.article.Paragraph> paragraphs(long articleId) {
            return real.paragraphs(articleId);
        }

        @Override
        public Extent extent() {
            return real.extent();
        }

        @Override
        public long count() {
            return real.count();
        }
    }

    private String savedFingerprint() {
        return TestSql.column(db, "SELECT fingerprint FROM derived_index WHERE name = '" + Corpus.SAVED + "'")
                .stream().findFirst().orElse(null);
    }

    private long ingest(String text) {
        ParsedArticle article = new ParsedArticle(text.lines().findFirst().orElseThrow(), text, "test.txt");
        ArticleStructure structure = new ArticleSplitter().split(article);
        return db.inTransaction(tx -> {
            long id = articles.insert(tx, article, sha256(text), structure.paragraphs());
            List<String> ids = new ArrayList<>();
            List<Embedding> vectors = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (Sentence s : structure.sentences()) {
                ids.add(id + "-" + s.index());
                vectors.add(vector());
                segments.add(Passages.segment(id, s, text));
            }
            store.addAll(tx, ids, vectors, segments);
            return id;
        });
    }

    private static Embedding vector() {
        return new Embedding(new float[]{1, 0});
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
