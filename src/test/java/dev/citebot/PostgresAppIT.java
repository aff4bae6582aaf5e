package dev.citebot;

import dev.citebot.answer.Quote;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.citebot.article.StoredArticle;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.config.Config;
import dev.citebot.config.PostgresSettings;
import dev.citebot.store.h2.EmbeddedPg;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on PostgreSQL ({@code CITEBOT_DB=postgresql://…}): the seed is ingested on the first start
 * and answered with verbatim quotes; two instances open on the same database share the articles (the second does
 * not ingest the seed again) and each chat's memory, so a follow-up is understood whichever instance gets it; an
 * article one instance adds is answered by the other without a restart (the same 250 ms check as on H2).
 */
class PostgresAppIT {
    private static final String HARBOUR = "The harbour reopened on Monday after the storm.\n\n"
            + "“The harbour is open for business again,” said Ann Lee, the harbour master.";
    private static EmbeddingModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Test
    void twoInstancesOnOneDatabaseAnswerFromTheSeedAndShareChatMemory() {
        PostgresSettings pg = EmbeddedPg.server().newDatabase();
        Config config = TestApps.config(dir).withPostgres(pg);
        try (App first = new App(config, model)) {
            ChatAnswer asked = first.chatAnswerer().answer("chat-7", "What did Peskov say?", Scope.ALL);

            assertThat(asked.answer().answered()).isTrue();
            Quote quote = asked.answer().quotes().get(0);
            assertThat(quote.speaker()).isEqualTo("Dmitry Peskov");
            StoredArticle article = first.articles().find(quote.articleId()).orElseThrow();
            assertThat(article.text().substring(quote.start(), quote.end())).isEqualTo(quote.text());
            assertThat(dir.resolve("citebot.mv.db")).as("no H2 file is made").doesNotExist();
            assertThat(dir).as("the saved corpus index's copy, named by server and database")
                    .isDirectoryContaining("glob:**/pg-*-" + pg.database() + ".corpus.idx");

            try (App second = new App(config, model)) {
                assertThat(second.articles().list()).hasSize(first.articles().list().size()).hasSize(1);

                ChatAnswer followUp = second.chatAnswerer().answer("chat-7", "What else did he say?", Scope.ALL);
                assertThat(followUp.standalone()).isEqualTo("What else did Dmitry Peskov say?");
                assertThat(followUp.answer().text()).contains("Dmitry Peskov");
                assertThat(followUp.answer().quotes()).noneMatch(q -> q.text().equals(quote.text()));

                long added = first.ingestor().ingest(new ParsedArticle("Harbour Reopens", HARBOUR, "harbour.txt"))
                        .articleId();
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                        assertThat(second.chatAnswerer().answer(null, "What did Ann Lee say about the harbour?",
                                Scope.ALL).answer().quotes()).first().extracting(Quote::articleId).isEqualTo(added));

            }
        }
    }
}
