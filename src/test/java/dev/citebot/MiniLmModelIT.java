package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link MiniLmModel} one at a time gives LangChain4j's own all-MiniLM-L6-v2 (quantised) vectors, bit for bit, in
 * order; in batches, vectors close to them, in order, and LangChain4j's own for a single segment.
 */
class MiniLmModelIT {
    private static final List<TextSegment> SEGMENTS = List.of(
            TextSegment.from("The mayor said the bridge would reopen in May."),
            TextSegment.from("“We are not going anywhere,” Ms. Okafor told reporters on Tuesday."),
            TextSegment.from("Prices rose 3.2 % in Zürich — the fastest pace since 2008."),
            TextSegment.from("Short."),
            TextSegment.from("The harbour authority expects forty new cranes before the winter storms begin."),
            TextSegment.from(longText()));
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    @Test
    void theSameVectorsAsLangChain4jsModelInTheSameOrder() {
        List<Embedding> ours = new MiniLmModel(threads, 1).embedAll(SEGMENTS).content();
        List<Embedding> theirs = new AllMiniLmL6V2QuantizedEmbeddingModel(threads).embedAll(SEGMENTS).content();
        List<TextSegment> segments = SEGMENTS;

        assertThat(ours).hasSize(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            assertThat(ours.get(i).vector()).as("segment %d", i).containsExactly(theirs.get(i).vector());
        }
        assertThat(ours.get(0).vector()).isNotEqualTo(ours.get(1).vector());
    }

    @Test
    void inBatchesVectorsCloseToLangChain4jsInOrderAndItsOwnForASingleSegment() {
        MiniLmModel batched = new MiniLmModel(threads, 2);
        Response<List<Embedding>> ours = batched.embedAll(SEGMENTS);
        List<Embedding> theirs = new AllMiniLmL6V2QuantizedEmbeddingModel(threads).embedAll(SEGMENTS).content();

        assertThat(ours.content()).hasSize(SEGMENTS.size());
        for (int i = 0; i < SEGMENTS.size(); i++) {
            for (int j = 0; j < SEGMENTS.size(); j++) {
                double cosine = cosine(ours.content().get(i), theirs.get(j));
                if (i == j) {
                    assertThat(cosine).as("segment %d", i).isGreaterThan(0.95);
                } else {
                    assertThat(cosine).as("segment %d against %d", i, j).isLessThan(0.9);
                }
            }
        }
        assertThat(batched.embedAll(SEGMENTS.subList(0, 1)).content().get(0).vector())
                .containsExactly(theirs.get(0).vector());
        assertThat(ours.tokenUsage().inputTokenCount()).isGreaterThan(128 + 5 * 5);
    }

    @Test
    void fromTheCopyItKeepsTheSameVectorsBitForBitAndTheCopyIsNotWrittenAgain(@TempDir Path copies)
            throws IOException {
        List<Embedding> fromJar = new MiniLmModel(threads, 1).embedAll(SEGMENTS).content();
        List<Embedding> firstStart = new MiniLmModel(threads, 1, Optional.of(copies)).embedAll(SEGMENTS).content();
        Path copy = copies.resolve(MiniLmModel.MODEL_FILE);
        assertThat(copy).isRegularFile();
        FileTime written = Files.getLastModifiedTime(copy);
        Object file = Files.readAttributes(copy, BasicFileAttributes.class).fileKey();

        MiniLmModel nextStart = new MiniLmModel(threads, 2, Optional.of(copies));
        List<Embedding> single = nextStart.embedAll(SEGMENTS.subList(0, 1)).content();
        List<Embedding> batched = nextStart.embedAll(SEGMENTS).content();
        List<Embedding> batchedFromJar = new MiniLmModel(threads, 2).embedAll(SEGMENTS).content();

        for (int i = 0; i < SEGMENTS.size(); i++) {
            assertThat(firstStart.get(i).vector()).as("segment %d", i).containsExactly(fromJar.get(i).vector());
            assertThat(batched.get(i).vector()).as("segment %d", i).containsExactly(batchedFromJar.get(i).vector());
        }
        assertThat(single.get(0).vector()).containsExactly(fromJar.get(0).vector());
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
        assertThat(Files.readAttributes(copy, BasicFileAttributes.class).fileKey()).isEqualTo(file);
    }

    @Test
    void aQuestionIsEmbeddedWithoutTheBatchesTokenizerWhichTheFirstBatchMakes() {
        MiniLmModel model = new MiniLmModel(threads, 16);
        Embedding question = model.embed("What did the minister say?").content();
        assertThat(model.batchTokenizerMade()).isFalse();

        model.embedAll(SEGMENTS);

        assertThat(model.batchTokenizerMade()).isTrue();
        assertThat(model.embed("What did the minister say?").content()).isEqualTo(question);
    }

    @Test
    void declaresTheBundledDimensionAndRefusesAnEmptyBatch() {
        assertThat(new MiniLmModel(threads, 16).dimension()).isEqualTo(BundledModel.DIMENSION);
        assertThatThrownBy(() -> new MiniLmModel(threads, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double cosine(Embedding a, Embedding b) {
        double dot = 0;
        for (int d = 0; d < a.vector().length; d++) {
            dot += a.vector()[d] * b.vector()[d];
        }
        return dot;
    }

    /** Over the tokenizer's 128 tokens, at which LangChain4j's settings cut every text. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Council member ").append(i).append(" voted yes. ");
        }
        return text.toString();
    }
}
