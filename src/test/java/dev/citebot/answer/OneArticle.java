package dev.citebot.answer;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.file.Path;

/**
 * The whole application, with the real in-process model, on a database in {@code dir} that holds the bundled article
 * and one article of a test's own; questions go to the answerer over every article. For the ITs that ask questions of
 * one written article.
 */
final class OneArticle implements AutoCloseable {
    private final App app;

    private OneArticle(App app) {
        this.app = app;
    }

    static OneArticle ingested(Path dir, String title, String text, String source) {
        App app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        app.ingestor().ingest(new ParsedArticle(title, text, source));
        return new OneArticle(app);
    }

    Answer ask(String question) {
        return app.answerer().answer(question, Scope.ALL);
    }

    @Override
    public void close() {
        app.close();
    }
}
