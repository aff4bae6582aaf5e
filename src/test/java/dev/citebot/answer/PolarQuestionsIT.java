package dev.citebot.answer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yes/no question about someone named is answered with what the article says of them, in other words than the
 * question's, rather than refused or answered with a sentence about someone else that repeats the question's
 * words; through the real model and retriever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolarQuestionsIT {
    private static final String ARTICLE = "Bridge Money Runs Dry\n\n"
            + "Last spring the mayor of Dunmore, Lena Ortiz, had said that the city was ready to pay for a new bridge "
            + "across the river, and the harbour board had made a similar pledge. Now the plan to share the cost "
            + "has been dropped. It appears that towns such as Kelby, Arden and Wexley are either reluctant or "
            + "unable to contribute to the project, and the city itself is hesitating too.\n\n"
            + "The engineer in charge, Tomas Reyes, warned that the old bridge could close before the winter.";

    private OneArticle article;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        article = OneArticle.ingested(dir, "Bridge Money Runs Dry", ARTICLE, "bridge.txt");
    }

    @AfterAll
    void close() {
        article.close();
    }

    private Answer ask(String question) {
        return article.ask(question);
    }

    @Test
    void aYesNoQuestionIsAnsweredWithWhatTheArticleSaysOfTheOneItNames() {
        for (String question : new String[] {"Is Kelby paying?", "Will Arden contribute to the bridge?"}) {
            Answer answer = ask(question);

            assertThat(answer.answered()).as(question).isTrue();
            assertThat(answer.quotes()).as(question).allSatisfy(q -> assertThat(q.text()).contains(name(question)));
        }
    }

    @Test
    void aYesNoQuestionOnSomethingTheArticleDoesNotTouchIsStillRefused() {
        Answer answer = ask("Is Wexley opening a zoo?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.text()).contains("Wexley"));
    }

    private static String name(String question) {
        return question.split(" ")[1];
    }

    @Test
    void otherQuestionsStillNeedTheFullThreshold() {
        assertThat(ask("What is Arden building next to the stadium?").answered()).isFalse();
    }
}
