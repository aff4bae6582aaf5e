package dev.citebot;

import dev.citebot.answer.Answer;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saved corpus index's copy beside the H2 file (see {@code FileIndexCache}): the first start writes it, and a
 * later start reads it from there, shown by a start that answers alike after the database's own copy was removed,
 * without rebuilding (a rebuild would have saved the index into the database again). And the embeddings' copy
 * ({@code VectorsCopy}): an application that added passages rewrites it as it closes.
 */
class SavedIndexFileIT {
    private static final String QUESTION = "What did Peskov say?";
    private static EmbeddingModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Test
    void aStartReadsTheSavedCorpusIndexFromItsFileBesideTheDatabase() throws SQLException {
        Answer first;
        try (App app = TestApps.open(dir, model)) {
            first = app.answerer().answer(QUESTION, Scope.ALL);
        }
        assertThat(dir.resolve("citebot.corpus.idx")).isRegularFile();
        assertThat(savedInDatabase()).isEqualTo(1);
        execute("DELETE FROM derived_index");

        try (App app = TestApps.open(dir, model)) {
            Answer second = app.answerer().answer(QUESTION, Scope.ALL);
            assertThat(second.answered()).isTrue();
            assertThat(second.quotes()).isEqualTo(first.quotes());
        }
        assertThat(savedInDatabase()).as("not rebuilt: read from the file").isZero();
    }

    @Test
    void anApplicationThatAddedPassagesLeavesACopyOfThemThatTheNextStartUsesAsItIs() throws IOException {
        Path vectors = dir.resolve("citebot.vectors.idx");
        try (App app = TestApps.open(dir, model)) {
            assertThat(app.store().size()).as("the seed article, ingested at this first start").isPositive();
            assertThat(Files.size(vectors)).as("the copy written when the table was empty").isLessThan(100);
        }
        long withSeed = Files.size(vectors);
        assertThat(withSeed).as("rewritten at close with the seed's passages").isGreaterThan(1_000);
        Object file = Files.readAttributes(vectors, BasicFileAttributes.class).fileKey();

        try (App app = TestApps.open(dir, model)) {
            assertThat(app.answerer().answer(QUESTION, Scope.ALL).answered()).isTrue();
        }
        assertThat(Files.readAttributes(vectors, BasicFileAttributes.class).fileKey())
                .as("the second start read every passage from the copy, so neither it nor its close rewrote it")
                .isEqualTo(file);
    }

    private int savedInDatabase() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM derived_index")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("citebot").toAbsolutePath(), "sa", "");
    }
}
