package dev.citebot.answer;

import dev.citebot.attribute.Speaker;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RefusalThresholdTest {
    private static final double BASE = 0.45;
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final Evidence quoted = new Evidence(1, 3, 0, 40, 0.41,
            Optional.of(new Speaker("Ada Moss", "Moss", "nurse", 0, 4)), false);
    private final Evidence unquoted = new Evidence(1, 3, 0, 40, 0.41, Optional.empty(), false);

    @Test
    void aQuestionAboutSpeechAnsweredByAQuotationNeedsLess() {
        assertThat(RefusalThreshold.of(analyzer.analyze("Who said tired nurses make errors?"), quoted, null, BASE))
                .isCloseTo(BASE - RefusalThreshold.SPEECH_RELIEF, within(1e-9));
        assertThat(RefusalThreshold.of(analyzer.analyze("What did the night nurse say?"), quoted, null, BASE))
                .isCloseTo(BASE - RefusalThreshold.SPEECH_RELIEF, within(1e-9));
    }

    @Test
    void otherQuestionsAndPassagesWithoutASpeakerNeedTheWholeThreshold() {
        assertThat(RefusalThreshold.of(analyzer.analyze("Who said tired nurses make errors?"), unquoted, null, BASE))
                .isCloseTo(BASE, within(1e-9));
        assertThat(RefusalThreshold.of(analyzer.analyze("Who will run the night shift?"), quoted, null, BASE))
                .isCloseTo(BASE, within(1e-9));
        assertThat(RefusalThreshold.of(analyzer.analyze("Why was the ward closed?"), quoted, null, BASE))
                .isCloseTo(BASE, within(1e-9));
    }
}
