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
 * A people or its government asked about ("the Russians", "the Russian government") is its country as a speaker
 * and as a name the article mentions, the object of a stance is quoted with the sentence that says whose stance it
 * is, and a passage that only names whom the question asks about says so, in the reader's words.
 */
class PeoplesIT {
    private static final String ARTICLE = "Harbour Deal Stalls\n\n"
            + "Russia has firmly rejected the new harbour deal, citing the costs of the dredging.\n\n"
            + "Germany and Poland have not yet voted on the deal.\n\n"
            + "The harbour master said the dredging would start in spring.\n\n"
            + "Russian crews left the harbour in May.";

    @Test
    void aPeopleIsItsCountryAndAStanceIsQuotedWithItsSentence(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            long id = app.ingestor().ingest(new ParsedArticle("Harbour Deal Stalls", ARTICLE, "deal.txt")).articleId();

            Answer russians = app.answerer().answer("what did the russians say", Scope.article(id));
            assertThat(russians.answered()).as(russians.text()).isTrue();
            assertThat(russians.quotes().get(0).speaker()).isEqualTo("Russia");
            assertThat(russians.quotes().get(0).text()).startsWith("Russia has firmly rejected the new harbour deal");

            Answer germans = app.answerer().answer("What did the Germans say?", Scope.article(id));
            assertThat(germans.text()).doesNotContain("doesn't mention");
            Answer poland = app.answerer().answer("What did Poland say?", Scope.article(id));
            assertThat(poland.text()).as("named, never quoted").startsWith("No words attributed to Poland were found; "
                    + "the passage that names Poland:");
            assertThat(poland.quotes().get(0).text()).contains("Germany and Poland have not yet voted");
            Answer government = app.answerer().answer("What did the Russian government say?", Scope.article(id));
            assertThat(government.quotes().get(0).speaker()).as(government.text()).isEqualTo("Russia");
            assertThat(government.text()).as("Russia's words, not a passage naming it").doesNotContain("No words");
            Answer german = app.answerer().answer("What did the German government say?", Scope.article(id));
            assertThat(german.text()).as("in the reader's words").startsWith("No words attributed to the German "
                    + "government were found; the passage that names the German government:");
            for (String question : new String[] {"Did the Russians say anything about the harbour deal?",
                    "Has the Russian government commented on the deal?",
                    "How did the Russian government react to the harbour deal?"}) {
                Answer whether = app.answerer().answer(question, Scope.article(id));
                assertThat(whether.answered()).as(whether.text()).isTrue();
                assertThat(whether.quotes().get(0).speaker()).as(question).isEqualTo("Russia");
            }
            Answer japanese = app.answerer().answer("What did the Japanese say?", Scope.article(id));
            assertThat(japanese.answered()).isFalse();
            assertThat(japanese.text()).contains("doesn't mention Japanese");
        }
    }
}
