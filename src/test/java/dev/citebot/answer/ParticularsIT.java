package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions that change one particular of a sentence the article holds — a name, a rank, a negation — are
 * refused with that sentence shown as the closest passage, while the same questions with the article's
 * particulars are answered with it, through the real model and retriever.
 */
class ParticularsIT {
    private static final String TEXT = "Harbour Ferries\n\n"
            + "The ferry line was founded by Mara Olsen in Bergen in 1921. It later opened the first night "
            + "crossing to Rotterdam.\n\n"
            + "“We will keep every crossing running through the winter,” Mara Olsen promised the town council.\n\n"
            + "Italian pilots from Genoa steered the largest boats, and the crews went on strike in 1934.\n\n"
            + "The owners will meet the council after the strike to settle the winter timetable.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Harbour Ferries", TEXT, "ferries.txt");

    @Test
    void aSwappedNameIsRefusedAndTheRightOneAnswered() {
        Answer right = ARTICLE.ask("Who founded the ferry line in Bergen?");
        Answer swapped = ARTICLE.ask("Who founded the ferry line in Genoa?");

        assertThat(right.answered()).isTrue();
        assertThat(right.quotes().get(0).text()).contains("founded by Mara Olsen");
        assertThat(swapped.answered()).isFalse();
        assertThat(swapped.quotes()).first().satisfies(q -> assertThat(q.text()).contains("founded"));
    }

    @Test
    void aRankTheArticleDoesNotStateIsRefused() {
        assertThat(ARTICLE.ask("Which was the first night crossing the line opened?").answered()).isTrue();
        assertThat(ARTICLE.ask("Which was the last night crossing the line opened?").answered()).isFalse();
    }

    @Test
    void whatSomeoneDidNotSayIsRefusedWhatTheySaidIsQuoted() {
        Answer said = ARTICLE.ask("What did Mara Olsen promise?");
        Answer denied = ARTICLE.ask("What did Mara Olsen not promise?");

        assertThat(said.answered()).isTrue();
        assertThat(said.quotes().get(0).text()).contains("keep every crossing running");
        assertThat(denied.answered()).isFalse();
    }

    @Test
    void whereIsRefusedWhenTheBestPassageHoldsNoPlace() {
        Answer founded = ARTICLE.ask("Where was the ferry line founded?");
        Answer meeting = ARTICLE.ask("Where will the owners meet the council?");

        assertThat(founded.answered()).as(founded.text()).isTrue();
        assertThat(founded.quotes().get(0).text()).contains("in Bergen");
        assertThat(meeting.answered()).as(meeting.text()).isFalse();
        assertThat(meeting.quotes()).first().satisfies(q -> assertThat(q.text()).contains("meet the council"));
    }
}
