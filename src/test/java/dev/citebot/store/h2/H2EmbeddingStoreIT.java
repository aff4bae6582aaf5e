package dev.citebot.store.h2;

import dev.citebot.store.Transaction;
import dev.citebot.store.TestArticles;
import dev.citebot.article.ArticleSummary;

import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link H2EmbeddingStore} with the real all-MiniLM-L6-v2 (quantised) model and a real H2 file. The fixture is
 * three small articles written for this test, two sentences (paragraphs) each.
 */
class H2EmbeddingStoreIT {
    private static final Map<String, List<String>> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("sport", List.of(
                "The striker scored twice in the second half as the home side won the cup final.",
                "Thousands of supporters celebrated the championship in the city square until midnight."));
        ARTICLES.put("weather", List.of(
                "Heavy rain flooded dozens of homes along the river overnight.",
                "Forecasters said the storm would weaken and move out to sea by Tuesday."));
        ARTICLES.put("economy", List.of(
                "The central bank raised interest rates by half a point to fight inflation.",
                "Mortgage holders will pay more each month after the decision, analysts warned."));
    }

    private static final String FOOTBALL = "Who won the football match?";
    private static final String STORM = "Will the bad weather end soon?";
    private static final String BANK = "What did the bank do about borrowing costs?";

    private static EmbeddingModel model;
    private static final Map<String, Embedding> EMBEDDINGS = new HashMap<>();

    @TempDir
    Path dir;
    private Database db;
    private H2ArticleStore articles;
    private H2EmbeddingStore store;
    private final Map<String, Long> articleIds = new HashMap<>();

    @BeforeAll
    static void embedFixture() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> texts = new ArrayList<>(List.of(FOOTBALL, STORM, BANK));
        ARTICLES.values().forEach(texts::addAll);
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < texts.size(); i++) {
            EMBEDDINGS.put(texts.get(i), embeddings.get(i));
        }
    }

    @BeforeEach
    void storeFixture() {
        db = Database.open(dir.resolve("citebot"));
        articles = new H2ArticleStore(db);
        store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
        ARTICLES.forEach((topic, sentences) -> db.write(tx -> {
            long id = insertArticle(tx, topic, sentences);
            articleIds.put(topic, id);
            List<String> ids = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (int p = 0; p < sentences.size(); p++) {
                ids.add(topic + "-" + (p + 1));
                segments.add(TextSegment.from(sentences.get(p), new Metadata()
                        .put(H2EmbeddingStore.ARTICLE_ID, id).put("topic", topic).put("paragraph", p + 1)));
            }
            store.addAll(tx, ids, sentences.stream().map(EMBEDDINGS::get).toList(), segments);
            return null;
        }));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void searchRanksTheSemanticallyClosestSentenceFirst() {
        assertThat(ids(search(FOOTBALL, 6, null))).hasSize(6).startsWith("sport-1", "sport-2");
        assertThat(ids(search(STORM, 6, null))).startsWith("weather-2", "weather-1");
        assertThat(ids(search(BANK, 6, null))).startsWith("economy-1", "economy-2");
        assertThat(search(FOOTBALL, 6, null)).extracting(EmbeddingMatch::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void anArticleIdFilterKeepsOnlyThatArticle() {
        Filter weather = metadataKey(H2EmbeddingStore.ARTICLE_ID).isEqualTo(articleIds.get("weather"));
        Filter notSport = metadataKey(H2EmbeddingStore.ARTICLE_ID)
                .isIn(articleIds.get("weather"), articleIds.get("economy"));

        assertThat(ids(search(FOOTBALL, 6, weather))).containsExactlyInAnyOrder("weather-1", "weather-2");
        assertThat(ids(search(FOOTBALL, 6, notSport)))
                .containsExactlyInAnyOrder("weather-1", "weather-2", "economy-1", "economy-2");
        assertThat(ids(search(BANK, 1, notSport))).containsExactly("economy-1");
    }

    @Test
    void aFilterOnAnotherKeyIsEvaluatedOnTheMetadata() {
        Filter economy = metadataKey("topic").isEqualTo("economy");
        Filter secondParagraphOfSport = metadataKey("topic").isEqualTo("sport")
                .and(metadataKey("paragraph").isGreaterThan(1));

        assertThat(ids(search(FOOTBALL, 6, economy))).containsExactlyInAnyOrder("economy-1", "economy-2");
        assertThat(ids(search(FOOTBALL, 6, secondParagraphOfSport))).containsExactly("sport-2");
    }

    @Test
    void minScoreDropsWeakerMatches() {
        List<EmbeddingMatch<TextSegment>> all = search(STORM, 6, null);
        double between = (all.get(1).score() + all.get(2).score()) / 2;

        List<EmbeddingMatch<TextSegment>> strong = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(EMBEDDINGS.get(STORM)).maxResults(6).minScore(between).build()).matches();

        assertThat(strong).isEqualTo(all.subList(0, 2));
        assertThat(strong).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(between));
    }

    @Test
    void maxResultsKeepsTheBestOnes() {
        assertThat(search(BANK, 2, null)).isEqualTo(search(BANK, 6, null).subList(0, 2));
        assertThat(search(BANK, 100, null)).hasSize(6);
    }

    @Test
    void removalsReachBothMemoryAndTheTableOneWayOrAnother() {
        store.remove("sport-1");
        assertThat(ids(search(FOOTBALL, 6, null))).hasSize(5).doesNotContain("sport-1");

        store.removeAll(List.of("sport-2", "weather-1"));
        assertThat(ids(search(FOOTBALL, 6, null))).containsExactlyInAnyOrder("weather-2", "economy-1", "economy-2");

        store.removeAll(metadataKey("topic").isEqualTo("economy"));
        assertThat(ids(search(FOOTBALL, 6, null))).containsExactly("weather-2");
        assertThat(embeddingRows()).isEqualTo(1);
        assertThat(passagesOf("economy")).isZero();

        reopen();
        assertThat(ids(search(FOOTBALL, 6, null))).containsExactly("weather-2");

        store.removeAll();
        assertThat(search(FOOTBALL, 6, null)).isEmpty();
        assertThat(store.size()).isZero();
        assertThat(embeddingRows()).isZero();
        assertThat(articles.count()).isEqualTo(3);
    }

    @Test
    void aReopenedStoreGivesTheSameResultsFromStoredVectorsAlone() {
        Map<String, List<EmbeddingMatch<TextSegment>>> before = new HashMap<>();
        for (String query : List.of(FOOTBALL, STORM, BANK)) {
            before.put(query, search(query, 6, null));
        }
        List<H2EmbeddingStore.Entry> entries = store.entries();

        reopen();

        assertThat(store.entries()).isEqualTo(entries);
        for (String query : List.of(FOOTBALL, STORM, BANK)) {
            assertThat(search(query, 6, null)).as(query).isEqualTo(before.get(query));
        }
    }

    @Test
    void aRolledBackTransactionLeavesTableAndMemoryUnchanged() {
        long version = store.version();
        Embedding closeToFootball = EMBEDDINGS.get(FOOTBALL);
        IllegalStateException failure = new IllegalStateException("ingest failed after embedding");

        assertThatThrownBy(() -> db.write(tx -> {
            store.addAll(tx, List.of("ghost"), List.of(closeToFootball),
                    List.of(TextSegment.from("Who won the football match? Nobody.")));
            assertThat(store.size()).as("memory waits for the commit").isEqualTo(6);
            throw failure;
        })).isSameAs(failure);

        assertThat(store.size()).isEqualTo(6);
        assertThat(store.version()).isEqualTo(version);
        assertThat(embeddingRows()).isEqualTo(6);
        assertThat(ids(search(FOOTBALL, 6, null))).doesNotContain("ghost");
        reopen();
        assertThat(ids(search(FOOTBALL, 6, null))).doesNotContain("ghost");
    }

    @Test
    void metadataValueTypesAndTextRoundTripThroughTheDatabase() {
        Metadata metadata = new Metadata()
                .put("title", "Storm \"Ana\" — update")
                .put("tag", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))
                .put("paragraph", 2)
                .put(H2EmbeddingStore.ARTICLE_ID, articleIds.get("weather"))
                .put("confidence", 0.75f)
                .put("weight", 1.0 / 3);
        TextSegment segment = TextSegment.from("  Forecasters said the storm would weaken.\n", metadata);
        store.addAll(List.of("typed"), List.of(EMBEDDINGS.get(STORM)), List.of(segment));
        store.add("bare", EMBEDDINGS.get(BANK));

        reopen();

        Map<String, TextSegment> stored = new HashMap<>();
        store.entries().forEach(e -> stored.put(e.id(), e.segment()));
        assertThat(stored.get("typed")).isEqualTo(segment);
        assertThat(stored.get("typed").metadata().getUUID("tag")).isEqualTo(metadata.getUUID("tag"));
        assertThat(stored.get("typed").metadata().toMap().get("paragraph")).isInstanceOf(Integer.class);
        assertThat(stored.get("typed").metadata().toMap().get(H2EmbeddingStore.ARTICLE_ID)).isInstanceOf(Long.class);
        assertThat(stored).containsEntry("bare", null);
        assertThat(search(STORM, 1, metadataKey("tag").isEqualTo(metadata.getUUID("tag"))))
                .extracting(EmbeddingMatch::embedded).containsExactly(segment);
    }

    @Test
    void deletingAnArticleRowCascadesInTheTableAndReloadRefreshesMemory() {
        long weather = articleIds.get("weather");
        long version = store.version();

        db.write(tx -> tx.connection().createStatement().executeUpdate("DELETE FROM article WHERE id = "
                + weather));

        assertThat(embeddingRows()).isEqualTo(4);
        assertThat(articles.paragraphs(weather)).isEmpty();
        assertThat(ids(search(STORM, 6, null))).as("memory is stale until reload").contains("weather-1");

        store.reload();

        assertThat(ids(search(STORM, 6, null))).hasSize(4).doesNotContain("weather-1", "weather-2");
        assertThat(store.version()).isGreaterThan(version);
    }

    @Test
    void removingInTheArticlesTransactionKeepsMemoryInStepWithoutReload() {
        long weather = articleIds.get("weather");
        Filter ofWeather = metadataKey(H2EmbeddingStore.ARTICLE_ID).isEqualTo(weather);

        assertThatThrownBy(() -> db.write(tx -> {
            store.removeAll(tx, ofWeather);
            deleteArticle(tx, weather);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        assertThat(ids(search(STORM, 6, ofWeather))).hasSize(2);
        assertThat(articles.find(weather)).isPresent();

        db.write(tx -> {
            store.removeAll(tx, ofWeather);
            return deleteArticle(tx, weather);
        });

        assertThat(ids(search(STORM, 6, null))).hasSize(4).doesNotContain("weather-1", "weather-2");
        assertThat(embeddingRows()).isEqualTo(4);
        assertThat(articles.list()).extracting(ArticleSummary::passages).containsExactly(2, 2);
    }

    private static int deleteArticle(Transaction tx, long id) throws java.sql.SQLException {
        try (var ps = JdbcTransaction.of(tx).connection().prepareStatement("DELETE FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    private long insertArticle(Transaction tx, String topic, List<String> sentences) {
        StringBuilder text = new StringBuilder(topic.toUpperCase());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String sentence : sentences) {
            text.append("\n\n");
            paragraphs.add(new Paragraph(paragraphs.size() + 1, text.length(), text.length() + sentence.length()));
            text.append(sentence);
        }
        return articles.insert(tx, new ParsedArticle(topic.toUpperCase(), text.toString(), topic + ".txt"),
                TestArticles.sha256(text.toString()), paragraphs);
    }

    private void reopen() {
        db.close();
        db = Database.open(dir.resolve("citebot"));
        articles = new H2ArticleStore(db);
        store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
    }

    private List<EmbeddingMatch<TextSegment>> search(String query, int maxResults, Filter filter) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(EMBEDDINGS.get(query))
                .maxResults(maxResults).filter(filter).build()).matches();
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }

    private int passagesOf(String topic) {
        return articles.findBySha256(articles.find(articleIds.get(topic)).orElseThrow().sha256())
                .orElseThrow().passages();
    }

    private int embeddingRows() {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM embedding_id")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
