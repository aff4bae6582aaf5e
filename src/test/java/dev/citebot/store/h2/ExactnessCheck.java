package dev.citebot.store.h2;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tolerance {@link VectorIndex} promises against exact float search, as assertions: every returned score is
 * within {@link VectorIndex#SCORE_TOLERANCE} of the exact one; the results are in exact order except between rows
 * whose exact scores lie within twice that of each other; and every row of the exact best {@code k} is returned
 * unless its exact score is within twice that of the exact {@code k}-th.
 */
final class ExactnessCheck {
    static final double TIE = 2 * VectorIndex.SCORE_TOLERANCE;

    private ExactnessCheck() {
    }

    /**
     * @param exactBest the exact best rows' ids, best first, as many as were asked for
     * @param exactScore the exact relevance score of a row, by id
     * @return how many of {@code exactBest} were returned
     */
    static int check(List<EmbeddingMatch<TextSegment>> ours, List<String> exactBest,
                     ToDoubleFunction<String> exactScore) {
        assertThat(ours).hasSameSizeAs(exactBest);
        for (int i = 0; i < ours.size(); i++) {
            EmbeddingMatch<TextSegment> m = ours.get(i);
            assertThat(m.score()).as("score of %s", m.embeddingId())
                    .isCloseTo(exactScore.applyAsDouble(m.embeddingId()), within(VectorIndex.SCORE_TOLERANCE));
            if (i > 0) {
                assertThat(exactScore.applyAsDouble(m.embeddingId())).as("order at %d", i)
                        .isLessThanOrEqualTo(exactScore.applyAsDouble(ours.get(i - 1).embeddingId()) + TIE);
            }
        }
        Set<String> returned = new HashSet<>();
        ours.forEach(m -> returned.add(m.embeddingId()));
        double last = exactScore.applyAsDouble(exactBest.get(exactBest.size() - 1));
        int found = 0;
        for (String id : exactBest) {
            if (returned.contains(id)) {
                found++;
            } else {
                assertThat(exactScore.applyAsDouble(id)).as("missed %s", id).isLessThanOrEqualTo(last + TIE);
            }
        }
        return found;
    }

    /** LangChain4j's relevance score of the cosine of two vectors, computed in double precision. */
    static double relevance(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dev.langchain4j.store.embedding.RelevanceScore.fromCosineSimilarity(dot / Math.sqrt(na * nb));
    }

    /**
     * With a minimum score: the results are those of the same request without it ({@code unlimited}, checked
     * against exact search with {@link #check}) whose score is at least {@code minScore}, in the same order.
     */
    static void checkMinimum(List<EmbeddingMatch<TextSegment>> ours, List<EmbeddingMatch<TextSegment>> unlimited,
                             double minScore) {
        assertThat(ours).extracting(EmbeddingMatch::embeddingId).containsExactlyElementsOf(unlimited.stream()
                .filter(m -> m.score() >= minScore).map(EmbeddingMatch::embeddingId).toList());
    }
}
