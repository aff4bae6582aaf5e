package dev.citebot.answer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions that change one particular of a sentence the article holds — a name, a rank, a negation — are
 * refused with that sentence shown as the closest passage, while the same questions with the article's
 * particulars are answered with it, through the real model and retriever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticularsIT {
    private static final String ARTICLE = "Harbour Ferries\n\n"
            + "The ferry line was founded by Mara Olsen in Bergen in 1921. It later opened the first night "
            + "crossing to Rotterdam.\n\n"
            + "“We will keep every crossing running through the winter,” Mara Olsen promised the town council.\n\n"
            + "Italian pilots from Genoa steered the largest boats, and the crews went on strike in 1934.\n\n"
            + "The owners will meet the council after the strike to settle the winter timetable.";

    private OneArticle article;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        article = OneArticle.ingested(dir, "Harbour Ferries", ARTICLE, "ferries.txt");
    }

    @AfterAll
    void close() {
        article.close();
    }

    private Answer ask(String question) {
        return article.ask(question);
    }

    @Test
    void aSwappedNameIsRefusedAndTheRightOneAnswered() {
        Answer right = ask("Who founded the ferry line in Bergen?");
        Answer swapped = ask("Who founded the ferry line in Genoa?");

        assertThat(right.answered()).isTrue();
        assertThat(right.quotes().get(0).text()).contains("founded by Mara Olsen");
        assertThat(swapped.answered()).isFalse();
        assertThat(swapped.quotes()).first().satisfies(q -> assertThat(q.text()).contains("founded"));
    }

    @Test
    void aRankTheArticleDoesNotStateIsRefused() {
        assertThat(ask("Which was the first night crossing the line opened?").answered()).isTrue();
        assertThat(ask("Which was the last night crossing the line opened?").answered()).isFalse();
    }

    @Test
    void whatSomeoneDidNotSayIsRefusedWhatTheySaidIsQuoted() {
        Answer said = ask("What did Mara Olsen promise?");
        Answer denied = ask("What did Mara Olsen not promise?");

        assertThat(said.answered()).isTrue();
        assertThat(said.quotes().get(0).text()).contains("keep every crossing running");
        assertThat(denied.answered()).isFalse();
    }

    @Test
    void whereIsRefusedWhenTheBestPassageHoldsNoPlace() {
        Answer founded = ask("Where was the ferry line founded?");
        Answer meeting = ask("Where will the owners meet the council?");

        assertThat(founded.answered()).as(founded.text()).isTrue();
        assertThat(founded.quotes().get(0).text()).contains("in Bergen");
        assertThat(meeting.answered()).as(meeting.text()).isFalse();
        assertThat(meeting.quotes()).first().satisfies(q -> assertThat(q.text()).contains("meet the council"));
    }
}
