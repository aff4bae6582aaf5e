package dev.citebot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionFailuresTest {

    //                                     0         1         2         3         4         5         6
    //                                     0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "Ana said the dam held. Bo thinks rain helps. Cy argued that it rained hard today.";

    private static GoldAttribution gold(int start, int end, int source, int cueStart, int cueEnd) {
        return new GoldAttribution(Spans.of(start, end), Spans.of(source, source + 2), Spans.of(cueStart, cueEnd));
    }

    private static PredictedAttribution predicted(int start, int end, int source) {
        return new PredictedAttribution(Spans.of(start, end), Spans.of(source, source + 2));
    }

    @Test
    void listsMissesFalsePredictionsAndBoundaryErrorsWithTheirCategories() {
        AttributionFailures failures = new AttributionFailures();
        List<GoldAttribution> gold = List.of(gold(9, 21, 0, 4, 8), gold(33, 43, 23, 26, 32), gold(54, 80, 45, 48, 54));
        List<PredictedAttribution> ours = List.of(predicted(9, 21, 0), predicted(54, 60, 45), predicted(0, 3, 9));
        failures.add("a.txt", TEXT, ours, gold);
        String report = failures.report();
        assertThat(report).contains("MISS     a.txt  @33 cue=thinks src=Bo :: rain helps");
        assertThat(report).contains("FALSE    a.txt");
        assertThat(report).contains("BOUNDARY a.txt  starts same, ends early");
        assertThat(report).contains("== misses by cue (1) ==").contains("     1  thinks");
        assertThat(report).contains("== false predictions by cue (1) ==").contains("(none)");
    }

    @Test
    void countsWhereJaccardPairsDifferAtTheirEdges() {
        AttributionFailures failures = new AttributionFailures();
        failures.add("a.txt", TEXT, List.of(predicted(60, 80, 45)), List.of(gold(55, 80, 45, 48, 54)));
        assertThat(failures.report()).contains("gold has +[that ]");
    }
}
