package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MiniLmModel} gives LangChain4j's own all-MiniLM-L6-v2 (quantised) vectors, bit for bit, in order. */
class MiniLmModelIT {
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
        List<TextSegment> segments = List.of(
                TextSegment.from("The mayor said the bridge would reopen in May."),
                TextSegment.from("“We are not going anywhere,” Ms. Okafor told reporters on Tuesday."),
                TextSegment.from("Prices rose 3.2 % in Zürich — the fastest pace since 2008."),
                TextSegment.from("Short."),
                TextSegment.from(longText()));
        List<Embedding> ours = new MiniLmModel(threads).embedAll(segments).content();
        List<Embedding> theirs = new AllMiniLmL6V2QuantizedEmbeddingModel(threads).embedAll(segments).content();

        assertThat(ours).hasSize(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            assertThat(ours.get(i).vector()).as("segment %d", i).containsExactly(theirs.get(i).vector());
        }
        assertThat(ours.get(0).vector()).isNotEqualTo(ours.get(1).vector());
    }

    @Test
    void declaresTheBundledDimension() {
        assertThat(new MiniLmModel(threads).dimension()).isEqualTo(BundledModel.DIMENSION);
    }

    /** Over the model's 510 tokens, so LangChain4j's encoder embeds it in parts and averages them. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Council member ").append(i).append(" voted yes. ");
        }
        return text.toString();
    }
}
