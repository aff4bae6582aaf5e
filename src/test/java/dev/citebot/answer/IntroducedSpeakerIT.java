package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What did the retired bus conductor say …?" of an article that introduces Maria Kovacs as "a retired bus driver" in
 * a sentence that is a nurse's words, and gives her own words a paragraph later: answered with her words first and
 * the sentence that tells who she is after them, through the real model and answerer. Before, the introducing
 * sentence alone was given, under the nurse's name.
 */
class IntroducedSpeakerIT {
    private static final String TEXT = "Clinic Closes Early\n\n"
            + "The Eastfield health clinic shut its doors at noon on Monday after a burst pipe flooded the ground "
            + "floor.\n\n"
            + "Maria Kovacs, 71, a retired bus driver from Eastfield, was sent home after a nurse told her that her "
            + "eye appointment had been cancelled.\n\n"
            + "\"I waited four months for this appointment and nobody phoned me,\" Kovacs said.\n\n"
            + "Clinic manager Tomas Berg said the building would reopen on Thursday.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Clinic Closes Early", TEXT, "clinic.txt");

    @Test
    void theDescribedPersonsOwnWordsComeFirst() {
        Answer answer = ARTICLE.ask("what did the retired bus conductor say about her cancelled appointment");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("I waited four months");
        assertThat(answer.quotes().get(0).speaker()).isEqualTo("Maria Kovacs");
        assertThat(answer.quotes()).anyMatch(q -> q.text().contains("a retired bus driver from Eastfield"));
    }

    @Test
    void aDescriptionInTheArticlesOwnNounKeepsItsPassage() {
        Answer answer = ARTICLE.ask("what did the clinic manager say about reopening");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("reopen on Thursday");
    }
}
