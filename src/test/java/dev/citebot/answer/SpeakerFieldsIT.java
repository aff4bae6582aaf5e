package dev.citebot.answer;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "What did X say?" answers name X in the first quote's speaker field, however the question or article names X. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerFieldsIT {
    private static final String ARTICLE = "Harbor Board Delays the Pier\n\n"
            + "The Harbor Safety Board said on Monday that the new pier would open a year late.\n\n"
            + "“This is a farce,” said Del. Mary Jones of Guam.\n\n"
            + "Few backers remain, such as Sen. Tom Baker, R-Ohio, now saying that the pier should be smaller.\n\n"
            + "A survey by the Center for Port and Harbor Studies found that most ferries ran late.";

    private App app;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        app.ingestor().ingest(new ParsedArticle("Harbor Board Delays the Pier", ARTICLE, "pier.txt"));
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void aSpeakerAskedAboutByItsInitialsIsNamedWithThem() {
        Answer answer = app.answerer().answer("What did the HSB say?", Scope.ALL);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).speaker()).isEqualTo("The Harbor Safety Board (HSB)");
        assertThat(answer.quotes().get(0).text()).contains("a year late");
    }

    @Test
    void aSpeakerAskedAboutByNameIsNamedAsTheArticleNamesIt() {
        Answer answer = app.answerer().answer("What did the Harbor Safety Board say?", Scope.ALL);

        assertThat(answer.quotes().get(0).speaker()).isEqualTo("The Harbor Safety Board");
    }

    @Test
    void titlesPartyTagsAndNamesWithAndLeaveTheSpeakerNamed() {
        assertThat(app.answerer().answer("What did Del. Mary Jones say?", Scope.ALL).quotes().get(0))
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Mary Jones"))
                .satisfies(q -> assertThat(q.text()).contains("farce"));
        assertThat(app.answerer().answer("What did Tom Baker say?", Scope.ALL).quotes().get(0).speaker())
                .isEqualTo("Tom Baker");
        assertThat(app.answerer().answer("What did the Center for Port and Harbor Studies say?", Scope.ALL)
                .quotes().get(0).speaker()).isEqualTo("the Center for Port and Harbor Studies");
    }
}
