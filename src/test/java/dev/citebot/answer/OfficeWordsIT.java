package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's "leader" or "official" finds the sentence that gives the title instead ("president", "minister"),
 * through the real model and retriever; a question about a leader doing what the article tells of no one is still
 * refused.
 */
class OfficeWordsIT {
    private static final String TEXT = "Ferry Talks\n\n"
            + "Norland's president Ann Lee and Sudland's prime minister Tom Hart are due to sign the ferry deal "
            + "in Bergen next week.\n\n"
            + "Harbour workers went on strike in March over the winter timetable.\n\n"
            + "Sudland's transport minister Ola Berg warned that fares on the night crossing would double.\n\n"
            + "The strike ended after two weeks, and the boats sailed again in April.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Ferry Talks", TEXT, "talks.txt");

    @Test
    void leadersAreThePresidentAndThePrimeMinister() {
        Answer answer = ARTICLE.ask("Which leaders are going to sign the deal?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("president Ann Lee");
    }

    @Test
    void anOfficialIsAMinister() {
        Answer answer = ARTICLE.ask("Which official expects the night fares to double?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("Ola Berg warned");
    }

    @Test
    void aLeaderDoingWhatNoOneInTheArticleDoesIsRefused() {
        assertThat(ARTICLE.ask("Which leader resigned?").answered()).isFalse();
    }
}
