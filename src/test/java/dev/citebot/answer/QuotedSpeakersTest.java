package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedSpeakersTest {
    @Test
    void askingWhoIsQuotedAsksForTheSpeakers() {
        for (String q : new String[]{"Who is quoted?", "who is quoted in the article", "Which officials are quoted in "
                + "the article?", "Who are the sources?", "who speaks in this story", "Who was cited?"}) {
            assertThat(QuotedSpeakers.asks(q)).as(q).isTrue();
        }
    }

    @Test
    void aQuestionAboutWhatSomeoneQuotedIsNot() {
        for (String q : new String[]{"Who is quoted as saying the pier will close?", "Who quoted the mayor?",
                "Which paper is quoted most?", "Who speaks for the board?"}) {
            assertThat(QuotedSpeakers.asks(q)).as(q).isFalse();
        }
    }
}
