package dev.citebot.retrieve;

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
 * A sentence that points back ("They …") is scored with the sentence before it in its paragraph, through the real
 * model and retriever: a question whose words are split between the two finds the one that points back, which the
 * answer then quotes together with the one before.
 */
class PointingSentencesIT {
    private static final String TEXT = "Ferry Delays Anger Islanders\n\n"
            + "The island ferry ran three hours late on Friday for the fourth week in a row.\n\n"
            + "Harbour analyst Nina Holt said the operator could lose a million crowns in fares. \"Travellers forgive "
            + "a storm,\" she said. \"They never forgive silence.\"\n\n"
            + "The operator said a new timetable would start in May.";

    @Test
    void aQuestionSplitBetweenASentenceAndTheOneItPointsBackToFindsTheOneThatPoints(@TempDir Path dir) {
        try (App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel())) {
            app.ingestor().ingest(new ParsedArticle("Ferry Delays Anger Islanders", TEXT, "ferry.txt"));
            CorpusSnapshot corpus = app.retriever().corpus();
            QuestionAnalysis question = new QuestionAnalyzer()
                    .analyze("Who said travellers forgive a storm but never silence?");

            Evidence best = app.retriever().retrieve(corpus, question, Scope.ALL).get(0);

            assertThat(corpus.article(best.articleId()).orElseThrow().text().substring(best.start(), best.end()))
                    .isEqualTo("\"They never forgive silence.\"");
        }
    }
}
