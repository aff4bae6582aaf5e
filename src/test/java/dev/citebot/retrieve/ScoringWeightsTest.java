package dev.citebot.retrieve;

import dev.citebot.config.EmbeddingChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Thresholds are per model; MiniLM's stay those it was calibrated with. */
class ScoringWeightsTest {

    @Test
    void miniLmKeepsItsCalibratedWeights() {
        assertThat(ScoringWeights.forModel(EmbeddingChoice.MINILM)).isSameAs(ScoringWeights.DEFAULT);
        assertThat(ScoringWeights.DEFAULT.refusalThreshold()).isEqualTo(0.45);
    }

    @Test
    void bgeRefusesAtAHigherScoreAndWeighsTheFeaturesAlike() {
        ScoringWeights bge = ScoringWeights.forModel(EmbeddingChoice.BGE_SMALL);
        ScoringWeights mini = ScoringWeights.DEFAULT;

        assertThat(bge.refusalThreshold()).isGreaterThan(mini.refusalThreshold());
        assertThat(new ScoringWeights(bge.dense(), bge.coverage(), bge.subject(), bge.typeFit(), bge.phrase(),
                mini.refusalThreshold())).isEqualTo(mini);
    }
}
