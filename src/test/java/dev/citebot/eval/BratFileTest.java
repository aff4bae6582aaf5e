package dev.citebot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratFileTest {

    private static final String ANN = String.join("\n",
            "T1\tSource 0 5\tOkafo",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 20;25 30\tthe bridge",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 40 50\tno source",
            "T6\tCue 51 55\tsaid",
            "E2\tAttribution-no-source:T6 Content:T5 Cue:T6",
            "T7\tDiscard 60 70\tskip me",
            "E3\tAttribution:T6 Cue:T6");

    @Test
    void readsContentRangesAndSources() {
        List<GoldAttribution> gold = BratFile.parse(ANN);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).content().chars().cardinality()).isEqualTo(14);
        assertThat(gold.get(0).content().chars().get(22)).isFalse();
        assertThat(gold.get(0).source().chars().cardinality()).isEqualTo(5);
        assertThat(gold.get(1).source().isEmpty()).isTrue();
        assertThat(gold.get(0).cue().chars().cardinality()).isEqualTo(4);
        assertThat(gold.get(0).cue().chars().get(6)).isTrue();
    }
}
