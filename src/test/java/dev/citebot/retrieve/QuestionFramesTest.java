package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFramesTest {
    @Test
    void aRequestAroundAnIndirectQuestionIsTheDirectQuestion() {
        assertThat(QuestionFrames.plain("tell me what Ann Lee said")).isEqualTo("What did Ann Lee say?");
        assertThat(QuestionFrames.plain("Can you please tell me what the harbour master said about the pier?"))
                .isEqualTo("What did the harbour master say about the pier?");
        assertThat(QuestionFrames.plain("I'd like to know what Jane Roe warned")).isEqualTo("What did Jane Roe say?");
        assertThat(QuestionFrames.plain("Please tell me when the ferry leaves?")).isEqualTo("When the ferry leaves?");
    }

    @Test
    void aTerseAskForQuotesIsWhatDidTheySay() {
        assertThat(QuestionFrames.plain("lee quote?")).isEqualTo("What did lee say?");
        assertThat(QuestionFrames.plain("Any Ann Lee quotes")).isEqualTo("What did Ann Lee say?");
        assertThat(QuestionFrames.plain("quotes from the harbour board")).isEqualTo("What did the harbour board say?");
        assertThat(QuestionFrames.plain("Ann Lee’s words?")).isEqualTo("What did Ann Lee say?");
    }

    @Test
    void aQuestionAboutSomeonesJobAsksWhoTheyAre() {
        assertThat(QuestionFrames.plain("What is Ann Lee's role?")).isEqualTo("Who is Ann Lee?");
        assertThat(QuestionFrames.plain("what was Lee's job")).isEqualTo("Who was Lee?");
    }

    @Test
    void aQuestionWordContractedWithIsIsSpeltOut() {
        assertThat(QuestionFrames.plain("Who's the harbour master?")).isEqualTo("Who is the harbour master?");
        assertThat(QuestionFrames.plain("what’s Ann Lee's role")).isEqualTo("Who is Ann Lee?");
        assertThat(QuestionFrames.plain("whos lee")).isEqualTo("who is lee");
        assertThat(new QuestionAnalyzer().analyze("Who's the mayor mentioned?").type()).isEqualTo(QuestionType.WHO);
    }

    @Test
    void aQuestionWordMistypedByOneLetterBeforeAnAuxiliaryIsSpeltRight() {
        assertThat(QuestionFrames.plain("wat did lee say")).isEqualTo("what did lee say");
        assertThat(QuestionFrames.plain("Waht is Ann Lee's role?")).isEqualTo("Who is Ann Lee?");
        assertThat(QuestionFrames.plain("Wen did the ferry stop?")).isEqualTo("When did the ferry stop?");
        assertThat(QuestionFrames.plain("Ann did say so")).as("no question word one letter away")
                .isEqualTo("Ann did say so");
        assertThat(QuestionFrames.plain("Hwo is Ann Lee?")).as("who or how: two question words one letter away")
                .isEqualTo("Hwo is Ann Lee?");
        String there = "There is talk that the ferry stops in which month?";
        assertThat(QuestionFrames.plain(there)).as("a word that opens sentences as itself").isEqualTo(there);
        assertThat(QuestionFrames.plain("Then did the ferry stop?")).isEqualTo("Then did the ferry stop?");
    }

    @Test
    void plainQuestionsAndLookalikesStayAsWritten() {
        for (String q : new String[]{"What did Ann Lee say?", "What newspaper reported that the pier was late?",
                "What are Ann Lee's words?", "What is the meaning of these words?", "In other words?",
                "what did lee say", "Who quoted the mayor?", "Which paper printed the quotes?", "Any new quotes?"}) {
            assertThat(QuestionFrames.plain(q)).as(q).isEqualTo(q);
        }
    }
}
