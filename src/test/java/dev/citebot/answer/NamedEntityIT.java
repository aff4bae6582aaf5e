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

/**
 * The README's promise about names the articles don't mention: a name is looked for by its last word, with its
 * hyphens, dots and accents, and in its word forms; a name no article has is still refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedEntityIT {
    private static final String ARTICLE = "Old Networks Linger\n\n"
            + "Thomas de Maizière said the bank still runs its branches over X.25 lines.\n\n"
            + "“Scheduling the migration is NP-complete in practice,” said Ines Vidal, the bank's engineer.\n\n"
            + "Regulators across the European Union want the lines shut by 2030.";

    private App app;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        app.ingestor().ingest(new ParsedArticle("Old Networks Linger", ARTICLE, "networks.txt"));
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void namesWithDotsHyphensAndAccentsAreNotRefusedAsUnknown() {
        for (String question : new String[] {"What did Maiziere say about X.25?", "Who called it NP-complete?",
                "What does Europe want?"}) {
            Answer answer = app.answerer().answer(question, Scope.ALL);

            assertThat(answer.text()).as(question).doesNotContain("doesn't mention");
        }
        assertThat(app.answerer().answer("What did Maiziere say about X.25?", Scope.ALL).quotes())
                .first().satisfies(q -> assertThat(q.text()).contains("X.25"));
    }

    @Test
    void aNameNoArticleHasIsStillRefused() {
        Answer answer = app.answerer().answer("What did Quuxley say about X.25?", Scope.ALL);

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).containsPattern("(The article doesn't mention|None of the articles mentions) Quuxley");
    }
}
