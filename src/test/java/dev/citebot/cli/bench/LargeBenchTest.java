package dev.citebot.cli.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LargeBenchTest {

    @Test
    void eachQuestionIsTimedOnBothSidesBackToBackWithTheOrderSwitchingInTurn() {
        List<String> calls = new ArrayList<>();

        LargeReport.Times[] times = LargeBench.interleaved(List.of("q1", "q2"), q -> calls.add("a:" + q),
                q -> calls.add("b:" + q));

        assertThat(calls.subList(0, 4)).as("one untimed pass on each side first")
                .containsExactly("a:q1", "a:q2", "b:q1", "b:q2");
        List<String> timed = calls.subList(4, calls.size());
        assertThat(timed).hasSize(2 * 2 * LargeBench.ROUNDS);
        assertThat(timed.subList(0, 8)).as("round 1, then round 2 with each question's order switched")
                .containsExactly("a:q1", "b:q1", "b:q2", "a:q2", "b:q1", "a:q1", "a:q2", "b:q2");
        assertThat(times[0].questions()).isEqualTo(2);
        assertThat(times[1].questions()).isEqualTo(2);
    }

    @Test
    void theTwoSidesAreTimedApart() {
        LargeReport.Times[] times = LargeBench.interleaved(List.of("q1", "q2", "q3"), q -> { }, q -> sleep(5));

        assertThat(times[1].p50Ms()).as("every answer of b takes at least 5 ms").isGreaterThanOrEqualTo(5);
        assertThat(times[0].p50Ms()).isLessThan(times[1].p50Ms());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
