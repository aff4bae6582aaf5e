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
 * A question put as a request, tersely, or about someone's job is answered as the plain question it means (see
 * {@code retrieve.QuestionFrames}): X's own words, not a sentence in which someone else talks about X.
 */
class QuestionFramesIT {
    private static final String ARTICLE = "Ferry Row\n\n"
            + "“The ferry must stop at night,” said Ann Lee.\n\n"
            + "Tom Baker said that Ann Lee had never asked the ferry crews what they think about night sailings.\n\n"
            + "Ann Lee's words were printed in the harbour newsletter, Tom Baker said.\n\n"
            + "Dan Cole, the port's chief engineer, will inspect the ferry in May.";

    @Test
    void requestsTerseAsksAndJobQuestionsAreAnsweredAsThePlainQuestion(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            app.ingestor().ingest(new ParsedArticle("Ferry Row", ARTICLE, "ferry.txt"));

            for (String q : new String[]{"can you tell me what ann lee said", "ann lee quotes?", "Ann Lee's words"}) {
                Answer answer = app.answerer().answer(q, Scope.ALL);

                assertThat(answer.answered()).as(q + " → " + answer.text()).isTrue();
                assertThat(answer.quotes().get(0).speaker()).as(q + " → " + answer.text()).isEqualTo("Ann Lee");
                assertThat(answer.quotes().get(0).text()).as(q).contains("must stop at night");
            }
            Answer job = app.answerer().answer("What is Dan Cole's job?", Scope.ALL);
            assertThat(job.answered()).as(job.text()).isTrue();
            assertThat(job.quotes().get(0).text()).contains("chief engineer");
        }
    }
}
