package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolarTest {
    @Test
    void aQuestionOpeningWithAnAuxiliaryAsksForAYesOrANo() {
        assertThat(Polar.asks("Is Kelby ready to pay?")).isTrue();
        assertThat(Polar.asks("did the mayor promise it?")).isTrue();
        assertThat(Polar.asks("Hasn't Arden paid yet?")).isTrue();
        assertThat(Polar.asks("  Were the towns asked?")).isTrue();
    }

    @Test
    void otherQuestionsDoNot() {
        assertThat(Polar.asks("What is Kelby ready to pay?")).isFalse();
        assertThat(Polar.asks("Who did the mayor thank?")).isFalse();
        assertThat(Polar.asks("Island ferries: who runs them?")).isFalse();
        assertThat(Polar.asks("Doesburg council, what did it decide?")).isFalse();
    }
}
