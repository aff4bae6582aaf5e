package dev.citebot.store;

import dev.citebot.article.StoredArticle;
import dev.citebot.article.ArticleSummary;

import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ArticleStore} does; a backend runs it by a subclass that opens its {@link StoreBackend}. The
 * passage counts come from the same database's {@link PassageStore}.
 */
public abstract class ArticleStoreContract {
    private static final Instant NOW = Instant.parse("2025-06-01T10:15:30.123456Z");
    private static final String SHORT_TEXT = "Harbour Reopens\n\nThe harbour reopened on Monday.\n\n"
            + "\"We are back in business,\" the harbour master said.";

    @TempDir
    Path dir;
    private StoreBackend backend;
    private Transactions db;
    private ArticleStore articles;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @BeforeEach
    void open() {
        backend = open(dir);
        db = backend.transactions();
        articles = backend.articles(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void anInsertedArticleComesBackWhole() throws IOException {
        ParsedArticle seed = seedArticle();
        List<Paragraph> paragraphs = paragraphsOf(seed.text());
        String sha = sha256(seed.text());

        long id = db.inTransaction(tx -> articles.insert(tx, seed, sha, paragraphs));

        assertThat(articles.find(id)).contains(new StoredArticle(id, seed.title(), seed.source(), sha, seed.text(), NOW));
        assertThat(articles.paragraphs(id)).isEqualTo(paragraphs).hasSizeGreaterThan(2);
        assertThat(articles.paragraphs(id).get(0).text(articles.find(id).orElseThrow().text()))
                .isEqualTo(seed.text().substring(paragraphs.get(0).start(), paragraphs.get(0).end()));
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void findBySha256GivesASummaryWithCounts() {
        String sha = sha256(SHORT_TEXT);
        long id = insert(SHORT_TEXT, "harbour.txt");

        assertThat(articles.findBySha256(sha))
                .contains(new ArticleSummary(id, "Harbour Reopens", "harbour.txt", sha, 2, 0, NOW));
        assertThat(articles.findBySha256(sha.toUpperCase())).map(ArticleSummary::id).contains(id);
        assertThat(articles.findBySha256(sha256("something else"))).isEmpty();
    }

    @Test
    void listIsOrderedByIdAndCountsPassagesOfEachArticle() {
        long first = insert(SHORT_TEXT, "a.txt");
        long second = insert(SHORT_TEXT + "\n\nA third paragraph.", "b.txt");
        PassageStore store = backend.passages(2);
        store.addAll(List.of(new Embedding(new float[]{1, 0}), new Embedding(new float[]{0, 1}),
                        new Embedding(new float[]{1, 1})),
                List.of(passage(second), passage(second), passage(first)));

        List<ArticleSummary> list = articles.list();

        assertThat(list).extracting(ArticleSummary::id).containsExactly(first, second);
        assertThat(list).extracting(ArticleSummary::source).containsExactly("a.txt", "b.txt");
        assertThat(list).extracting(ArticleSummary::paragraphs).containsExactly(2, 3);
        assertThat(list).extracting(ArticleSummary::passages).containsExactly(1, 2);
    }

    @Test
    void allReturnsEveryArticleWithItsTextOrderedById() {
        long first = insert(SHORT_TEXT, "a.txt");
        long second = insert(SHORT_TEXT + " Later.", "b.txt");

        assertThat(articles.all()).extracting(StoredArticle::id).containsExactly(first, second);
        assertThat(articles.all()).extracting(StoredArticle::text).containsExactly(SHORT_TEXT, SHORT_TEXT + " Later.");
    }

    @Test
    void textsAndExtentReadJustWhatIsAskedFor() {
        assertThat(articles.extent()).isEqualTo(new ArticleStore.Extent(0, 0));
        long first = insert(SHORT_TEXT, "a.txt");
        long second = insert(SHORT_TEXT + " More.", "b.txt");

        assertThat(articles.texts(List.of(second, 999L))).containsExactly(java.util.Map.entry(second, SHORT_TEXT + " More."));
        assertThat(articles.texts(List.of())).isEmpty();
        assertThat(articles.extent()).isEqualTo(new ArticleStore.Extent(2, second))
                .isEqualTo(ArticleStore.Extent.of(articles.all()));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void paragraphsAreOrderedByNumberWhateverTheInsertOrder() {
        List<Paragraph> paragraphs = paragraphsOf(SHORT_TEXT);
        List<Paragraph> reversed = List.of(paragraphs.get(1), paragraphs.get(0));
        ParsedArticle article = new ParsedArticle("Harbour Reopens", SHORT_TEXT, "x.txt");

        long id = db.inTransaction(tx -> articles.insert(tx, article, sha256(SHORT_TEXT), reversed));

        assertThat(articles.paragraphs(id)).isEqualTo(paragraphs);
    }

    @Test
    void aDuplicateSha256IsRejectedAndItsTransactionRolledBack() {
        String sha = sha256(SHORT_TEXT);
        long id = insert(SHORT_TEXT, "first.txt");
        ParsedArticle again = new ParsedArticle("Another title", SHORT_TEXT, "second.txt");

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            articles.insert(tx, new ParsedArticle("Unrelated", "Unrelated\n\nBody.", "u.txt"),
                    sha256("unrelated"), List.of(new Paragraph(1, 11, 16)));
            return articles.insert(tx, again, sha.toUpperCase(), paragraphsOf(SHORT_TEXT));
        })).isInstanceOf(StoreException.class)
                .hasMessageContaining("already stored")
                .hasMessageContaining(sha);

        assertThat(articles.count()).isEqualTo(1);
        assertThat(articles.list()).extracting(ArticleSummary::id).containsExactly(id);
        assertThat(articles.findBySha256(sha256("unrelated"))).isEmpty();
    }

    @Test
    void aRolledBackInsertLeavesNothing() {
        assertThatThrownBy(() -> db.inTransaction(tx -> {
            articles.insert(tx, new ParsedArticle("Harbour Reopens", SHORT_TEXT, "x.txt"), sha256(SHORT_TEXT),
                    paragraphsOf(SHORT_TEXT));
            throw new IllegalStateException("embedding failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(articles.count()).isZero();
        assertThat(articles.all()).isEmpty();
        long id = insert(SHORT_TEXT, "x.txt");
        assertThat(articles.paragraphs(id)).isEqualTo(paragraphsOf(SHORT_TEXT));
        assertThat(articles.findBySha256(sha256(SHORT_TEXT))).map(ArticleSummary::paragraphs).contains(2);
    }

    @Test
    void badArgumentsAreRejectedBeforeTouchingTheDatabase() {
        ParsedArticle article = new ParsedArticle("Harbour Reopens", SHORT_TEXT, "x.txt");

        assertThatThrownBy(() -> db.inTransaction(tx -> articles.insert(tx, article, "abc", List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> db.inTransaction(tx -> articles.insert(tx, article, sha256(SHORT_TEXT),
                List.of(new Paragraph(1, 0, SHORT_TEXT.length() + 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paragraph 1");
        assertThat(articles.count()).isZero();
    }

    @Test
    void unknownIdsGiveNothing() {
        assertThat(articles.find(42)).isEmpty();
        assertThat(articles.paragraphs(42)).isEmpty();
        assertThat(articles.list()).isEmpty();
    }

    @Test
    void theDefaultClockStampsTheCurrentTime() {
        ArticleStore realTime = backend.articles(Clock.systemUTC());
        Instant before = Instant.now().minusSeconds(1);

        long id = db.inTransaction(tx -> realTime.insert(tx, new ParsedArticle("T", SHORT_TEXT, "x.txt"),
                sha256(SHORT_TEXT), List.of()));

        assertThat(realTime.find(id).orElseThrow().ingestedAt()).isBetween(before, Instant.now().plusSeconds(1));
    }

    private long insert(String text, String source) {
        return TestArticles.insert(db, articles, text, source);
    }

    private static TextSegment passage(long articleId) {
        return TextSegment.from("passage of " + articleId, new Metadata().put(PassageStore.ARTICLE_ID, articleId));
    }

    private static ParsedArticle seedArticle() throws IOException {
        try (InputStream in = ArticleStoreContract.class.getResourceAsStream("/seed-article.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ParsedArticle(text.lines().findFirst().orElseThrow(), text, "seed-article.txt");
        }
    }

    private static List<Paragraph> paragraphsOf(String text) {
        return TestArticles.paragraphsOf(text);
    }

    private static String sha256(String text) {
        return TestArticles.sha256(text);
    }
}
