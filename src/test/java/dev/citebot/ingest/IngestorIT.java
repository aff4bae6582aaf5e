package dev.citebot.ingest;

import dev.citebot.article.ParsedArticle;

import dev.citebot.App;
import dev.citebot.CountingEmbeddingModel;
import dev.citebot.TestApps;
import dev.citebot.answer.Answer;
import dev.citebot.article.Scope;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.h2.Database;
import dev.citebot.store.h2.H2ArticleStore;
import dev.citebot.store.h2.H2EmbeddingStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingest against a real H2 file and the real in-process embedding model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestorIT {
    private static final String ARTICLE = """
            Harbour Plans Stall

            The harbour board said on Monday that the new pier would be delayed. Its chair, Ann Lee, blamed the weather.

            “We will not cut corners,” Lee said. Critics called the plan “a slow-motion failure.” The mayor disagreed.

            Work is now expected to resume in May. Ferries will keep running from the old pier until then.
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
    void firstStartIngestsTheBundledArticleAndReingestingIsANoOp(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            assertThat(app.articles().count()).isEqualTo(1);
            IngestResult first = app.ingestor().ingest(article());
            int size = app.store().size();
            IngestResult again = app.ingestor().ingest(article());

            assertThat(first.alreadyPresent()).isFalse();
            assertThat(first.sentences()).isGreaterThanOrEqualTo(6);
            assertThat(again.alreadyPresent()).isTrue();
            assertThat(again.articleId()).isEqualTo(first.articleId());
            assertThat(app.articles().count()).isEqualTo(2);
            assertThat(app.store().size()).isEqualTo(size);
        }
    }

    @Test
    void reportsWhereTheIngestSpentItsTimeOnceCommittedAndNotForATextAlreadyStored(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            List<IngestTimes> reported = new ArrayList<>();
            IngestProgress progress = new IngestProgress() {
                @Override
                public void finished(IngestTimes times) {
                    reported.add(times);
                }
            };
            IngestResult r = app.ingestor().ingest(article(), progress);
            app.ingestor().ingest(article(), progress);

            assertThat(reported).hasSize(1);
            IngestTimes t = reported.get(0);
            assertThat(t.embedded()).isEqualTo(r.sentences());
            assertThat(t.tokens()).isGreaterThan(3L * r.sentences());
            assertThat(t.embedNanos()).isPositive();
            assertThat(t.storeNanos()).isPositive();
            assertThat(t.indexNanos()).isPositive();
            assertThat(t.totalNanos()).isGreaterThanOrEqualTo(t.splitNanos() + t.embedNanos() + t.storeNanos()
                    + t.indexNanos());
        }
    }

    @Test
    void aFailureHalfWayLeavesNothingOfTheArticle(@TempDir Path dir) {
        try (App app = TestApps.open(dir, model)) {
            long articlesBefore = app.articles().count();
            int passagesBefore = app.store().size();
            Database db = Database.open(dir.resolve("other"));
            try (db) {
                ArticleStore repo = new H2ArticleStore(db);
                H2EmbeddingStore store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
                Ingestor failing = new Ingestor(new ArticleSplitter(), new CountingEmbeddingModel(model, 3), db, repo, store, 2);

                assertThatThrownBy(() -> failing.ingest(article())).hasMessageContaining("injected failure");
                assertThat(repo.count()).isZero();
                assertThat(store.size()).isZero();
                assertThat(H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build().size()).isZero();

                IngestResult retried = new Ingestor(new ArticleSplitter(), model, db, repo, store, 2).ingest(article());
                assertThat(retried.alreadyPresent()).isFalse();
                assertThat(store.size()).isEqualTo(retried.sentences());
            }
            assertThat(app.articles().count()).isEqualTo(articlesBefore);
            assertThat(app.store().size()).isEqualTo(passagesBefore);
        }
    }

    @Test
    void aRestartLoadsStoredVectorsWithoutEmbeddingAnyPassageAgain(@TempDir Path dir) {
        int stored;
        try (App app = TestApps.open(dir, model)) {
            app.ingestor().ingest(article());
            stored = app.store().size();
        }
        CountingEmbeddingModel counting = new CountingEmbeddingModel(model, 0);
        try (App restarted = TestApps.open(dir, counting)) {
            assertThat(restarted.store().size()).isEqualTo(stored);
            assertThat(counting.textsEmbedded()).isZero();

            Answer answer = restarted.answerer().answer("What did Ann Lee say about corners?", Scope.ALL);

            assertThat(counting.textsEmbedded()).isEqualTo(1);
            assertThat(answer.answered()).isTrue();
            assertThat(answer.quotes()).anyMatch(q -> q.text().contains("We will not cut corners"));
            assertThat(answer.quotes().get(0).speaker()).isEqualTo("Ann Lee");
        }
    }
}
