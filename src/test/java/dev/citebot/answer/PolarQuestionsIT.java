package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes/no question about someone named is answered with what the article says of them, in other words than the
 * question's, rather than refused or answered with a sentence about someone else that repeats the question's
 * words; through the real model and retriever.
 */
class PolarQuestionsIT {
    private static final String TEXT = "Bridge Money Runs Dry\n\n"
            + "Last spring the mayor of Dunmore, Lena Ortiz, had said that the city was ready to pay for a new bridge "
            + "across the river, and the harbour board had made a similar pledge. Now the plan to share the cost "
            + "has been dropped. It appears that towns such as Kelby, Arden and Wexley are either reluctant or "
            + "unable to contribute to the project, and the city itself is hesitating too.\n\n"
            + "The engineer in charge, Tomas Reyes, warned that the old bridge could close before the winter.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Bridge Money Runs Dry", TEXT, "bridge.txt");

    @Test
    void aYesNoQuestionIsAnsweredWithWhatTheArticleSaysOfTheOneItNames() {
        for (String question : new String[] {"Is Kelby paying?", "Will Arden contribute to the bridge?"}) {
            Answer answer = ARTICLE.ask(question);

            assertThat(answer.answered()).as(question).isTrue();
            assertThat(answer.quotes()).as(question).allSatisfy(q -> assertThat(q.text()).contains(name(question)));
        }
    }

    @Test
    void aYesNoQuestionOnSomethingTheArticleDoesNotTouchIsStillRefused() {
        Answer answer = ARTICLE.ask("Is Wexley opening a zoo?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.text()).contains("Wexley"));
    }

    private static String name(String question) {
        return question.split(" ")[1];
    }

    @Test
    void otherQuestionsStillNeedTheFullThreshold() {
        assertThat(ARTICLE.ask("What is Arden building next to the stadium?").answered()).isFalse();
    }
}
