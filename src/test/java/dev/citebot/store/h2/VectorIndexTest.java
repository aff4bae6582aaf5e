package dev.citebot.store.h2;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Searches large enough to be split across cores and to take the sign-bit pass find what one sorted pass over all
 * rows finds, within the tolerance of {@link ExactnessCheck}. The rows are clustered around topics, as sentence
 * embeddings are (structureless random vectors are the sign-bit pass's worst case: see {@link VectorIndex}).
 */
class VectorIndexTest {
    private static final int DIMENSION = 384;
    private static final int ROWS = VectorIndex.PARALLEL_ROWS * 2 + 17;

    private static final int TOPICS = 40;

    private final Random random = new Random(7);
    private final float[][] topics = IntStream.range(0, TOPICS).mapToObj(t -> gaussian()).toArray(float[][]::new);

    @Test
    void aParallelScanFindsTheExactBestRowsWithinTheTolerance() {
        float[][] vectors = vectors(ROWS);
        VectorIndex index = index(vectors);
        assertThat(index.coarsePool()).isLessThan(ROWS);
        int found = 0;
        for (int query = 0; query < 5; query++) {
            float[] q = randomVector();
            for (int k : new int[]{1, 3, 30}) {
                found += ExactnessCheck.check(index.search(q, RowFilter.ALL, k, 0),
                        reference(vectors, q, k, row -> true), id -> exactScore(vectors, q, id));
            }
        }
        assertThat(found).as("of 5 x 34 exact best rows").isGreaterThanOrEqualTo(165);
    }

    @Test
    void upToTheExactSizeEveryRowIsScoredAndAboveItAPoolOfAtLeastTheMinimum() {
        assertThat(index(vectors(VectorIndex.EXACT_ROWS)).coarsePool()).isEqualTo(VectorIndex.EXACT_ROWS);
        assertThat(index(vectors(VectorIndex.EXACT_ROWS + 1)).coarsePool()).isEqualTo(VectorIndex.MIN_COARSE_POOL)
                .isLessThan(VectorIndex.EXACT_ROWS);
    }

    @Test
    void aParallelScanHonoursTheFilterAndKeepsTheEarliestOfEqualRows() {
        float[][] vectors = vectors(ROWS);
        float[] shared = randomVector();
        for (int row = 100; row < ROWS; row += 4_000) {
            vectors[row] = shared.clone();
        }
        VectorIndex index = index(vectors);

        List<EmbeddingMatch<TextSegment>> second = index.search(shared, RowFilter.of(
                dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey("article_id").isEqualTo(2L)),
                5, 0);
        ExactnessCheck.check(second, reference(vectors, shared, 5, row -> articleOf(row) == 2),
                id -> exactScore(vectors, shared, id));
        assertThat(second).allSatisfy(m -> assertThat(articleOf(row(m.embeddingId()))).isEqualTo(2));
        assertThat(ids(index.search(shared, RowFilter.ALL, 3, 0))).containsExactly("r100", "r4100", "r8100");
    }

    @Test
    void aMatchCarriesItsVectorWithinHalfACodeStepAndAMinimumScoreDropsTheRest() {
        float[][] vectors = vectors(100);
        VectorIndex index = index(vectors);
        float[] q = vectors[42];

        List<EmbeddingMatch<TextSegment>> matches = index.search(q, RowFilter.ALL, 3, 0);
        assertThat(ids(matches)).startsWith("r42").hasSize(3);
        float[] exact = VectorMath.normalized(vectors[42]);
        float step = 0;
        for (float x : exact) {
            step = Math.max(step, Math.abs(x) / 127);
        }
        float[] returned = matches.get(0).embedding().vector();
        for (int i = 0; i < DIMENSION; i++) {
            assertThat(returned[i]).isCloseTo(exact[i], within(step / 2 + 1e-7f));
        }
        assertThat(index.search(q, RowFilter.ALL, 3, matches.get(0).score() - 1e-9)).hasSize(1);
    }

    @Test
    void theCoarsePoolStopsBeforeTheDistanceThatWouldOverfillItButKeepsEnoughRows() {
        int[] counts = {2, 3, 10, 40, 0, 1_000};
        assertThat(VectorIndex.within(counts, 20, 4)).as("2 + 3 + 10 rows fit a pool of 20, 55 do not").isEqualTo(2);
        assertThat(VectorIndex.within(counts, 1, 4)).as("none fits, but 4 are needed").isEqualTo(1);
        assertThat(VectorIndex.within(counts, 20, 100)).as("every accepted row, never a rejected one").isEqualTo(4);
    }

    private static double exactScore(float[][] vectors, float[] q, String id) {
        double cosine = VectorMath.dot(VectorMath.normalized(vectors[row(id)]), 0, VectorMath.normalized(q));
        return dev.langchain4j.store.embedding.RelevanceScore.fromCosineSimilarity(cosine);
    }

    private static int row(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static List<String> reference(float[][] vectors, float[] q, int k, java.util.function.IntPredicate accept) {
        float[] unit = VectorMath.normalized(q);
        double[] cosine = new double[vectors.length];
        for (int row = 0; row < vectors.length; row++) {
            float[] v = VectorMath.normalized(vectors[row]);
            cosine[row] = VectorMath.dot(v, 0, unit);
        }
        return IntStream.range(0, vectors.length).filter(accept).boxed()
                .sorted(Comparator.<Integer>comparingDouble(row -> -cosine[row]).thenComparingInt(row -> row))
                .limit(k).map(row -> "r" + row).toList();
    }

    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).toList();
    }

    private static VectorIndex index(float[][] vectors) {
        List<EmbeddingRow> rows = new ArrayList<>();
        for (int row = 0; row < vectors.length; row++) {
            TextSegment segment = TextSegment.from("row " + row, new Metadata().put("article_id", articleOf(row)));
            rows.add(EmbeddingRow.of("r" + row, vectors[row], segment));
        }
        return VectorIndex.empty(DIMENSION, 0).append(EncodedBlock.blocks(rows, DIMENSION));
    }

    private static long articleOf(int row) {
        return 1 + row % 3;
    }

    private float[][] vectors(int n) {
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = randomVector();
        }
        return out;
    }

    /** A topic's centre plus noise of about the same length. */
    private float[] randomVector() {
        float[] topic = topics[random.nextInt(TOPICS)];
        float[] v = gaussian();
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = 0.8f * v[i] + topic[i];
        }
        return v;
    }

    private float[] gaussian() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }
}
