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

/** "Who is quoted in the article?" names the speakers, most attributions first, with one quote of each. */
class QuotedSpeakersIT {
    private static final String ARTICLE = "Ferry Row\n\n"
            + "“The ferry must stop at night,” said Ann Lee. “The crews are tired,” she added.\n\n"
            + "Tom Baker said the night ferry would run until spring.\n\n"
            + "A source told the Harbour Times that the board would vote in May.";

    @Test
    void theSpeakersAreNamedAndEachQuotedOnce(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            long id = app.ingestor().ingest(new ParsedArticle("Ferry Row", ARTICLE, "ferry.txt")).articleId();

            Answer answer = app.answerer().answer("Who is quoted in the article?", Scope.article(id));

            assertThat(answer.answered()).as(answer.text()).isTrue();
            assertThat(answer.text()).startsWith("Quoted: Ann Lee, ").contains("Tom Baker", "A source");
            assertThat(answer.quotes()).extracting(Quote::speaker).startsWith("Ann Lee").doesNotHaveDuplicates()
                    .contains("Tom Baker");
            assertThat(answer.quotes().get(0).text()).contains("must stop at night");
        }
    }
}
