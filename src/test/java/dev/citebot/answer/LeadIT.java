package dev.citebot.answer;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "What is the article about?" is answered with the article's lead when one article is in scope. */
class LeadIT {
    private static final String ARTICLE = "Ferry Row\n\n"
            + "The harbour board voted on Tuesday to stop the night ferry. Sailors called the vote a betrayal. "
            + "The ferry has run since 1952.\n\n"
            + "“The ferry must stop at night,” said Ann Lee.";

    @Test
    void theLeadAnswersWhatTheArticleIsAboutWhenOneArticleIsInScope(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            long id = app.ingestor().ingest(new ParsedArticle("Ferry Row", ARTICLE, "ferry.txt")).articleId();

            Answer about = app.answerer().answer("what's this article about?", Scope.article(id));

            assertThat(about.answered()).as(about.text()).isTrue();
            assertThat(about.quotes()).hasSize(1);
            assertThat(about.quotes().get(0).text()).isEqualTo("The harbour board voted on Tuesday to stop the night "
                    + "ferry. Sailors called the vote a betrayal.");
            assertThat(app.answerer().answer("What is the article about?", Scope.ALL).quotes())
                    .as("two articles in scope: no lead").noneMatch(q -> q.text().startsWith("The harbour board "
                            + "voted on Tuesday to stop the night ferry. Sailors"));
        }
    }
}
