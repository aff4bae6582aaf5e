package dev.citebot;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundEmbeddingModelTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /** A model that embeds every text as {length, 1}. */
    private static final class LengthModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(new float[]{s.text().length(), 1})).toList());
        }
    }

    @Test
    void answersItsDimensionBeforeLoadingAndEmbedsOnceLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundEmbeddingModel model = BackgroundEmbeddingModel.start(() -> {
            await(release);
            return new LengthModel();
        }, 2, threads);

        assertThat(model.dimension()).isEqualTo(2);
        Future<Embedding> pending = threads.submit(() -> model.embed("abc").content());
        assertThat(pending.isDone()).isFalse();
        release.countDown();

        assertThat(pending.get(10, TimeUnit.SECONDS).vector()).containsExactly(3f, 1f);
        threads.shutdown();
    }

    @Test
    void aFailedLoadIsRethrownToEveryCaller() {
        BackgroundEmbeddingModel model = BackgroundEmbeddingModel.start(() -> {
            throw new IllegalStateException("no model file");
        }, 2, threads);

        assertThatThrownBy(() -> model.embed("x")).isInstanceOf(IllegalStateException.class).hasMessage("no model file");
        assertThatThrownBy(() -> model.embed("y")).isInstanceOf(IllegalStateException.class);
        threads.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
