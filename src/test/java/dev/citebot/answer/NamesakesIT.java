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

/**
 * A surname the article shares between a person and a relative it introduces as such answers for the person, not
 * for the relative, and the speaker is named without the party the article puts before the name; through the real
 * model and retriever.
 */
class NamesakesIT {
    private static final String ARTICLE = "Pier Vote Looms\n\n"
            + "Republican Tom Hart, a former harbour master, campaigned on the pier for his wife, Ann Hart, who is "
            + "standing for the council.\n\n"
            + "Hart said the old pier would reopen within a year if the council kept its promises.\n\n"
            + "Ann Hart runs a bakery on the quay.";

    @Test
    void theSurnameIsThePersonsAndNotTheRelativesNorThePartys(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            long id = app.ingestor().ingest(new ParsedArticle("Pier Vote Looms", ARTICLE, "pier.txt")).articleId();

            Answer tom = app.answerer().answer("What did Tom Hart say?", Scope.article(id));
            assertThat(tom.answered()).as(tom.text()).isTrue();
            assertThat(tom.quotes().get(0).text()).contains("the old pier would reopen");
            assertThat(tom.quotes().get(0).speaker()).isEqualTo("Tom Hart");

            Answer ann = app.answerer().answer("What did Ann Hart say?", Scope.article(id));
            assertThat(ann.text()).as("Tom Hart's words are not hers").startsWith("No words attributed to Ann Hart");
            assertThat(ann.quotes()).noneSatisfy(q -> assertThat(q.speaker()).isEqualTo("Ann Hart"));
            Answer whether = app.answerer().answer("Did Ann Hart comment on the pier?", Scope.article(id));
            assertThat(whether.answered()).as(whether.text()).isFalse();
        }
    }
}
