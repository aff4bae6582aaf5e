package dev.citebot.eval;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QaJudgeTest {
    private final QaJudge judge = new QaJudge();
    private final QaItem item = new QaItem("q1", "What did Ann Lee say?", true, List.of("port will close"), List.of("Lee"));

    private static Answer answer(boolean answered, String text, String speaker, String role) {
        Quote q = new Quote(1, "T", "s", 2, 10, 40, "Ann Lee said the “port will close”.", speaker, role);
        return new Answer("What did Ann Lee say?", answered, "", text, answered ? List.of(q) : List.of(), "extractive", 3);
    }

    @Test
    void acceptsTheRightQuoteAndSpeaker() {
        QaResult r = judge.judge(item, answer(true, "…", "Ann Lee", null));

        assertThat(r.correct()).isTrue();
        assertThat(r.strictSpeaker()).isTrue();
    }

    @Test
    void speakerNamedOnlyInTheAnswerTextCountsButNotStrictly() {
        QaResult r = judge.judge(item, answer(true, "Ann Lee said the port will close", null, null));

        assertThat(r.correct()).isTrue();
        assertThat(r.strictSpeaker()).isFalse();
    }

    @Test
    void rejectsAMissingSpeakerAWrongQuoteAndAWrongRefusal() {
        assertThat(judge.judge(item, answer(true, "…", "Bo Park", null)).correct()).isFalse();
        QaItem other = new QaItem("q2", "?", true, List.of("bridge opens"), List.of());
        assertThat(judge.judge(other, answer(true, "…", null, null)).problem()).contains("expected passage");
        assertThat(judge.judge(item, answer(false, "The article doesn't say.", null, null)).problem()).contains("refused");
    }

    @Test
    void unanswerableQuestionsMustBeRefused() {
        QaItem none = new QaItem("q3", "?", false, List.of(), List.of());

        assertThat(judge.judge(none, answer(false, "The article doesn't say.", null, null)).correct()).isTrue();
        assertThat(judge.judge(none, answer(true, "…", "Ann Lee", null)).correct()).isFalse();
    }
}
