package dev.citebot.answer;

import dev.citebot.article.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What did the governor say about the rink?" in a library of two stories, where the only governor quoted is in the
 * other one: refused, with the governor's passage shown as the closest, instead of answered with it, also when the
 * governor's story holds a common word of the question ("town").
 */
class OtherStoryIT {
    private static final String FLOOD = "River Floods Dunmore\n\n"
            + "The river burst its banks at Dunmore on Sunday, flooding 80 homes.\n\n"
            + "Governor Ilse Marten visited the town hall on Monday and promised that the state would pay for "
            + "repairs to homes damaged by the water. She warned of the danger of more rain this week. A vote on the money is due in May.";
    private static final String RINK = "Council Backs New Rink\n\n"
            + "The Halden town council voted 5-4 on Tuesday to build a $30 million ice rink by the harbour.\n\n"
            + "Councillor Ola Lund said the rink deal would bring 200 jobs to the town. \"This is a good deal,\" "
            + "he said. Lund said the risk of a cost overrun was small.";

    @RegisterExtension
    static final OneArticle ARTICLES = new OneArticle("River Floods Dunmore", FLOOD, "flood.txt",
            new ParsedArticle("Council Backs New Rink", RINK, "rink.txt"));

    @Test
    void theSpeakerOfAnotherStoryIsNoAnswerAboutThisOne() {
        Answer answer = ARTICLES.ask("what did the governor say about the rink deal");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ilse Marten"));
    }

    @Test
    void aCommonWordInTheSpeakersStoryDoesNotOutweighTheOtherStorysRareOnes() {
        Answer answer = ARTICLES.ask("what did the governor say about the town rink");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ilse Marten"));
    }

    @Test
    void aWordOfTheSameMeaningInTheSpeakersOwnStoryKeepsTheAnswer() {
        Answer answer = ARTICLES.ask("what did the governor say about the risk");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ilse Marten"));
    }

    @Test
    void theSpeakerAskedAboutInTheirOwnStoryIsAnswered() {
        Answer answer = ARTICLES.ask("what did the governor say about the homes");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ilse Marten"));
    }
}
