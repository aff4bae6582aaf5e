package dev.citebot.answer;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole application, with the real in-process model, on a database in a temporary folder that holds the bundled
 * article and one article of a test's own (and any others it names); questions go to the answerer over every article. For the ITs that ask
 * questions of one written article: registered as a static extension ({@code @RegisterExtension}), it opens the
 * application before the class's tests and closes it, and removes the folder, after them.
 */
final class OneArticle implements BeforeAllCallback, AfterAllCallback {
    private final String title;
    private final String text;
    private final String source;
    private final List<ParsedArticle> others;
    /** Set before the class's tests run, by {@link #beforeAll}. */
    private Path dir;
    private App app;

    OneArticle(String title, String text, String source, ParsedArticle... others) {
        this.title = title;
        this.text = text;
        this.source = source;
        this.others = List.of(others);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("one-article");
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        app.ingestor().ingest(new ParsedArticle(title, text, source));
        for (ParsedArticle other : others) {
            app.ingestor().ingest(other);
        }
    }

    Answer ask(String question) {
        return app.answerer().answer(question, Scope.ALL);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        app.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
