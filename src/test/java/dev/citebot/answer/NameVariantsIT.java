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
 * The README's promise about names the reader writes otherwise than the article (see
 * {@link dev.citebot.text.NameVariants}): a capital, a nationality with an office's abbreviation, an acronym of
 * capitalised words, another English spelling are answered from the article; a name none of whose other names the
 * article holds is still refused; acronyms are looked up in the texts of at most {@value Initials#MAX_ARTICLES}
 * articles in scope.
 */
class NameVariantsIT {
    private static final String ARTICLE = "Harbour Talks Collapse\n\n"
            + "Russia said on Monday that the harbour talks had collapsed after a week.\n\n"
            + "The UK prime minister said the fishing fleet would stay in port until spring.\n\n"
            + "The Morning Ledger reported that the ferry contract had been cancelled.\n\n"
            + "The defense ministry will organize a review of the harbour patrols.";

    @Test
    void namesWrittenOtherwiseAreAnsweredFromTheArticle(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            app.ingestor().ingest(new ParsedArticle("Harbour Talks Collapse", ARTICLE, "harbour.txt"));

            assertFirstQuote(app, "What did Moscow say about the harbour talks?", Scope.ALL, "Russia said on Monday");
            assertFirstQuote(app, "What did the British PM say about the fleet?", Scope.ALL, "UK prime minister");
            assertFirstQuote(app, "What did the ML report about the ferry?", Scope.ALL, "Morning Ledger reported");
            assertFirstQuote(app, "What will the defence ministry organise?", Scope.ALL, "defense ministry");
            Answer tokyo = app.answerer().answer("What did Tokyo say about the harbour talks?", Scope.ALL);
            assertThat(tokyo.answered()).isFalse();
            assertThat(tokyo.text()).containsPattern("(The article doesn't mention|None of the articles mentions) Tokyo");
        }
    }

    @Test
    void acronymsAreLookedUpInTheTextsOfAFewArticlesOnly(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            long harbour = app.ingestor().ingest(new ParsedArticle("Harbour Talks Collapse", ARTICLE, "harbour.txt"))
                    .articleId();
            for (int i = app.articles().all().size(); i <= Initials.MAX_ARTICLES; i++) {
                app.ingestor().ingest(new ParsedArticle("Tide Table " + i, "Tide Table " + i + "\n\nHigh tide on day "
                        + i + " comes at " + (i % 12 + 1) + " o'clock.", "tide-" + i + ".txt"));
            }
            assertThat(app.articles().all()).hasSizeGreaterThan(Initials.MAX_ARTICLES);

            assertThat(app.answerer().answer("What did the ML report about the ferry?", Scope.ALL).text())
                    .contains("None of the articles mentions ML");
            assertFirstQuote(app, "What did the ML report about the ferry?", Scope.article(harbour),
                    "Morning Ledger reported");
        }
    }

    private static void assertFirstQuote(App app, String question, Scope scope, String expected) {
        Answer answer = app.answerer().answer(question, scope);
        assertThat(answer.answered()).as(question + " → " + answer.text()).isTrue();
        assertThat(answer.quotes().get(0).text()).as(question).contains(expected);
    }
}
