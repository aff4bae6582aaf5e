package dev.citebot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QaFormatsTest {
    private final QaJudge judge = new QaJudge();

    private static Quote quote(String text, String speaker) {
        return new Quote(1, "Harbour works", "s", 1, 0, text.length(), text, speaker, null);
    }

    private static Answer answered(Quote... quotes) {
        return new Answer("?", true, "", "…", List.of(quotes), "extractive", 1);
    }

    private static Answer refused(String lead, Quote closest) {
        return new Answer("?", false, lead, lead, closest == null ? List.of() : List.of(closest), "extractive", 1);
    }

    @Test
    void readsEachFormatByItsFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qa.jsonl");
        Files.writeString(file, """
                {"id": "s1", "question": "When did the pier open?", "answerable": true, "answers": ["in 1904"], "plausible": [], "title": "Harbour works"}
                {"id": "w1", "question": "What did Mayor Ida Brandt say?", "answerable": true, "speaker": "Brandt", "contents": ["the pier will stay shut all winter"], "title": "Harbour works", "source": "x"}
                {"id": "q1", "question": "Who said it?", "answerable": false, "quote_contains": [], "speaker_any": []}
                """);

        List<QaItem> items = new QaFile(new ObjectMapper()).read(file);

        assertThat(items).extracting(QaItem::format).containsExactly(QaFormat.SQUAD, QaFormat.SAYWHAT, QaFormat.SEED);
        assertThat(items.get(0).quoteContains()).containsExactly("in 1904");
        assertThat(items.get(0).title()).contains("Harbour works");
        assertThat(items.get(1).speakerAny()).containsExactly("Brandt");
        assertThat(items.get(2).title()).isEmpty();
    }

    @Test
    void squadIsRightAtOneOnlyWhenTheFirstQuoteHoldsTheAnswerAndAtThreeWhenAnEarlyOneDoes() {
        QaItem item = new QaItem("s1", "When did the pier open?", true, List.of("in 1904"), List.of(),
                QaFormat.SQUAD, Optional.of("Harbour works"));
        Quote right = quote("The pier opened In 1904 after a long delay.", null);
        Quote wrong = quote("The pier is made of oak.", null);

        QaResult first = judge.judge(item, answered(right, wrong));
        QaResult second = judge.judge(item, answered(wrong, right));
        QaResult fourth = judge.judge(item, answered(wrong, wrong, wrong, right));

        assertThat(first.correct()).isTrue();
        assertThat(first.atThree()).isTrue();
        assertThat(second.correct()).isFalse();
        assertThat(second.atThree()).isTrue();
        assertThat(second.problem()).isEqualTo(QaJudge.LATER_QUOTE);
        assertThat(fourth.atThree()).isFalse();
        assertThat(fourth.problem()).isEqualTo(QaJudge.WRONG_QUOTE);
    }

    @Test
    void refusalsOfAnswerableQuestionsAreToldApartByKind() {
        QaItem item = new QaItem("s1", "When did the pier open?", true, List.of("1904"), List.of(),
                QaFormat.SQUAD, Optional.empty());

        assertThat(judge.judge(item, refused("The article doesn't mention Dover.", null)).problem())
                .isEqualTo(QaJudge.NOT_MENTIONED);
        assertThat(judge.judge(item, refused("The article doesn't say.", quote("It opened in 1904.", null))).problem())
                .isEqualTo(QaJudge.REFUSED_CLOSEST_RIGHT);
        assertThat(judge.judge(item, refused("The article doesn't say.", quote("It is oak.", null))).problem())
                .isEqualTo(QaJudge.REFUSED);
    }

    @Test
    void saywhatNeedsFiveConsecutiveGoldWordsOrAllOfAShorterContent() {
        QaItem item = new QaItem("w1", "What did Mayor Ida Brandt say?", true,
                List.of("the pier will stay shut all winter", "No comment"), List.of("Brandt"),
                QaFormat.SAYWHAT, Optional.empty());

        QaResult run = judge.judge(item, answered(quote("Brandt said THE PIER WILL, stay shut until May.", "Ida Brandt")));
        QaResult four = judge.judge(item, answered(quote("Brandt said the pier will stay open.", "Ida Brandt")));
        QaResult shortOne = judge.judge(item, answered(quote("“No comment,” said Brandt.", "Someone Else")));

        assertThat(run.correct()).isTrue();
        assertThat(run.strictSpeaker()).isTrue();
        assertThat(four.correct()).isFalse();
        assertThat(shortOne.correct()).isTrue();
        assertThat(shortOne.strictSpeaker()).isFalse();
    }

    @Test
    void tallyCountsAtThreeFalseRefusalsAndFailureKinds() {
        QaItem answerable = new QaItem("s1", "?", true, List.of("1904"), List.of(), QaFormat.SQUAD, Optional.empty());
        QaItem unanswerable = new QaItem("s2", "?", false, List.of(), List.of(), QaFormat.SQUAD, Optional.empty());
        QaTally tally = new QaTally("t");

        tally.add(judge.judge(answerable, answered(quote("oak", null), quote("1904", null))));
        tally.add(judge.judge(answerable, refused("The article doesn't say.", null)));
        tally.add(judge.judge(unanswerable, refused("The article doesn't say.", null)));
        tally.add(judge.judge(unanswerable, answered(quote("oak", null))));

        assertThat(tally.accuracy()).isEqualTo(0.25);
        assertThat(tally.summary()).contains("1/4 correct", "answerable 0/2", "refusals 1/2", "answerable@3 1/2",
                "false refusals 1 (50.0 %)");
        assertThat(tally.failuresByKind()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactlyInAnyOrder(
                QaJudge.LATER_QUOTE + "=1", QaJudge.REFUSED + "=1", QaJudge.ANSWERED_UNANSWERABLE + "=1");
    }
}
