package dev.citebot.telegram.inbound;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PollBackOffTest {

    @Test
    void doublesFromHalfASecondUpToThirtySecondsAndStaysThere() {
        PollBackOff backOff = new PollBackOff();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waits.add(backOff.nextBackOffMillis());
        }

        assertThat(waits).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L,
                30_000L);
    }

    @Test
    void resetStartsOver() {
        PollBackOff backOff = new PollBackOff();
        backOff.nextBackOffMillis();
        backOff.nextBackOffMillis();

        backOff.reset();

        assertThat(backOff.nextBackOffMillis()).isEqualTo(500L);
    }
}
