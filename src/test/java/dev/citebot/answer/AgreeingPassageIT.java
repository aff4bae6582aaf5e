package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What did the union boss say about the meeting in April?" when the speaker's closest words lack the month and
 * their next-closest have it: answered with those, not refused.
 */
class AgreeingPassageIT {
    private static final String TEXT = "Talks Stall at Harlan Mill\n\n"
            + "Workers at the Harlan paper mill will vote on a strike next week, their union said on Monday.\n\n"
            + "Lena Brody, the union's local president, said the union would hold a meeting of all members at the "
            + "town hall on Thursday.\n\n"
            + "\"We sat down with the owners in April and they promised us a future,\" Brody said.\n\n"
            + "The owners did not answer calls on Monday.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Talks Stall at Harlan Mill", TEXT, "mill-talks.txt");

    @Test
    void theSpeakersPassageThatHoldsTheNamedMonthIsTheAnswer() {
        Answer answer = ARTICLE.ask("what did the union boss say about the meeting in april");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> {
            assertThat(q.text()).contains("the owners in April");
            assertThat(q.speaker()).isEqualTo("Lena Brody");
        });
    }
}
