package dev.citebot;

import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.citebot.config.Config;
import dev.citebot.config.EmbeddingChoice;
import dev.citebot.store.StoreException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code CITEBOT_EMBEDDING_MODEL} end to end, with both real models: bge-small's query instruction goes in front
 * of questions only, and a database keeps the model that made its vectors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingModelSettingIT {
    private static final String INSTRUCTION = EmbeddingChoice.BGE_SMALL.queryInstruction();
    private static final String ARTICLE = """
            Lighthouse Reopens

            The old lighthouse on the cape reopened to visitors on Saturday after two years of repairs.

            “The lamp will shine again every night,” said keeper Tom Varga. Tickets cost four pounds.
            """;
    private static final String QUESTION = "What did the keeper promise about the lamp?";

    private EmbeddingModel miniLm;
    private EmbeddingModel bge;

    @BeforeAll
    void loadModels() {
        miniLm = new AllMiniLmL6V2QuantizedEmbeddingModel();
        bge = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Test
    void bgeEmbedsTheQuestionWithItsInstructionAndEveryPassageWithout(@TempDir Path dir) {
        Recording recording = new Recording(bge);
        try (App app = new App(config(dir, EmbeddingChoice.BGE_SMALL), recording)) {
            app.ingestor().ingest(new ParsedArticle("Lighthouse Reopens", ARTICLE, "lighthouse.txt"));
            int passages = recording.texts.size();
            app.answerer().answer(QUESTION, Scope.ALL);

            assertThat(recording.texts.subList(0, passages)).isNotEmpty().noneMatch(t -> t.contains(INSTRUCTION))
                    .contains("“The lamp will shine again every night,” said keeper Tom Varga.");
            assertThat(recording.texts.subList(passages, recording.texts.size()))
                    .containsExactly(INSTRUCTION + QUESTION);
            assertThat(app.queryModel().embed(QUESTION).content().vector())
                    .isEqualTo(bge.embed(INSTRUCTION + QUESTION).content().vector());
        }
    }

    @Test
    void miniLmEmbedsTheQuestionAsAsked(@TempDir Path dir) {
        Recording recording = new Recording(miniLm);
        try (App app = new App(config(dir, EmbeddingChoice.MINILM), recording)) {
            app.ingestor().ingest(new ParsedArticle("Lighthouse Reopens", ARTICLE, "lighthouse.txt"));
            int passages = recording.texts.size();
            app.answerer().answer(QUESTION, Scope.ALL);

            assertThat(recording.texts.subList(passages, recording.texts.size())).containsExactly(QUESTION);
            assertThat(app.queryModel()).isSameAs(recording);
        }
    }

    @Test
    void aDatabaseMadeWithMiniLmIsRefusedByBgeAndLeftAsItWas(@TempDir Path dir) {
        long articles;
        try (App app = new App(config(dir, EmbeddingChoice.MINILM), miniLm)) {
            articles = app.articles().count();
        }

        assertThatThrownBy(() -> new App(config(dir, EmbeddingChoice.BGE_SMALL), bge).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("holds vectors made by all-MiniLM-L6-v2-q, not by bge-small-en-v1.5-q")
                .hasMessageContaining("set CITEBOT_EMBEDDING_MODEL=minilm");

        try (App app = new App(config(dir, EmbeddingChoice.MINILM), miniLm)) {
            assertThat(app.articles().count()).isEqualTo(articles).isPositive();
            assertThat(app.answerer().answer("What did Dmitry Peskov say?", Scope.ALL).answered()).isTrue();
        }
    }

    @Test
    void theCommandLineRefusesABgeDatabaseUnderMiniLmWithOneLine(@TempDir Path dir) {
        try (App app = new App(config(dir, EmbeddingChoice.BGE_SMALL), bge)) {
            assertThat(app.articles().count()).isPositive();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"articles"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("CITEBOT_DB", dir.resolve("citebot").toString(), "CITEBOT_EMBEDDING_MODEL", "minilm"),
                dir.resolve(".env"));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1)
                .startsWith("citebot: database ").contains("holds vectors made by bge-small-en-v1.5-q")
                .contains("set CITEBOT_EMBEDDING_MODEL=bge-small");
    }

    private static Config config(Path dir, EmbeddingChoice model) {
        return TestApps.config(dir).withEmbedding(model);
    }

    /** The real model, keeping every text it was asked to embed, in order. */
    private static final class Recording implements EmbeddingModel {
        private final EmbeddingModel model;
        private final List<String> texts = new CopyOnWriteArrayList<>();

        Recording(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> texts.add(s.text()));
            return model.embedAll(segments);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }
}
