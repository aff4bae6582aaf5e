package dev.citebot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTallyTest {

    private static GoldAttribution gold(int start, int end, int sourceStart, int sourceEnd) {
        return new GoldAttribution(Spans.of(start, end), Spans.of(sourceStart, sourceEnd));
    }

    private static PredictedAttribution predicted(int start, int end, int sourceStart, int sourceEnd) {
        return new PredictedAttribution(Spans.of(start, end), Spans.of(sourceStart, sourceEnd));
    }

    @Test
    void pairsOneToOneByLargestOverlap() {
        AttributionTally tally = new AttributionTally();
        tally.add(List.of(predicted(0, 100, 200, 205)),
                List.of(gold(0, 10, 200, 205), gold(10, 100, 300, 305)));
        AttributionMetrics m = tally.metrics();
        assertThat(m.overlapPairs()).isEqualTo(1);
        assertThat(m.sourceRight()).isZero();
        assertThat(m.jaccardPairs()).isEqualTo(1);
        assertThat(m.overlapF1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void jaccardBelowHalfIsNoPairAndEndToEndNeedsTheSource() {
        AttributionTally tally = new AttributionTally();
        tally.add(List.of(predicted(0, 30, 50, 55), predicted(100, 140, 150, 152)),
                List.of(gold(0, 100, 50, 55), gold(100, 150, 151, 160)));
        AttributionMetrics m = tally.metrics();
        assertThat(m.overlapPairs()).isEqualTo(2);
        assertThat(m.jaccardPairs()).isEqualTo(1);
        assertThat(m.sourceAccuracy()).isEqualTo(1.0);
        assertThat(m.endToEnd()).isEqualTo(1);
        assertThat(m.endToEndF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void goldWithoutSourceWantsNoSpeaker() {
        AttributionTally tally = new AttributionTally();
        tally.add(List.of(predicted(0, 10, 20, 25)), List.of(gold(0, 10, 0, 0)));
        assertThat(tally.metrics().sourceRight()).isZero();
        assertThat(tally.metrics().report()).contains("source accuracy:       0.000");
    }
}
