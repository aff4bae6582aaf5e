package dev.citebot.answer;

import dev.citebot.article.Paragraph;
import dev.citebot.article.Sentence;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import dev.citebot.article.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PointersTest {
    private static final String TEXT = "Town board\n\n"
            + "The board kept three duties. These were roads, parks and the harbour. A new mayor came in May.\n\n"
            + "It met on Mondays. The clerk kept the minutes.";

    private final ArticleView article = article();

    private static ArticleView article() {
        String[] sentences = {"The board kept three duties.", "These were roads, parks and the harbour.",
                "A new mayor came in May.", "It met on Mondays.", "The clerk kept the minutes."};
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            int start = TEXT.indexOf(sentences[i]);
            passages.add(new Passage(7, new Sentence(i < 3 ? 2 : 3, i, start, start + sentences[i].length())));
        }
        int p2 = TEXT.indexOf("The board");
        int p3 = TEXT.indexOf("It met");
        List<Paragraph> paragraphs = List.of(new Paragraph(1, 0, 10), new Paragraph(2, p2, p3 - 2),
                new Paragraph(3, p3, TEXT.length()));
        return ArticleView.of(new StoredArticle(7, "Town board", "t.txt", "0".repeat(64), TEXT, Instant.EPOCH),
                paragraphs, passages);
    }

    private Evidence evidence(String sentence) {
        int start = TEXT.indexOf(sentence);
        return new Evidence(7, article.paragraphAt(start).orElseThrow().number(), start, start + sentence.length(), 1,
                Optional.empty(), false);
    }

    private String widened(String sentence) {
        Evidence e = Pointers.widen(evidence(sentence), article);
        return TEXT.substring(e.start(), e.end());
    }

    @Test
    void aSentenceNamingWhatAWhichQuestionAsksForOnlyAsTheXIsQuotedWithTheOneBeforeIt() {
        Evidence clerk = Pointers.widen(evidence("The clerk kept the minutes."), article,
                "Which board member kept notes?");
        Evidence mayor = Pointers.widen(evidence("A new mayor came in May."), article, "Which board hired a mayor?");

        assertThat(TEXT.substring(clerk.start(), clerk.end())).isEqualTo("The clerk kept the minutes.");
        assertThat(TEXT.substring(mayor.start(), mayor.end())).isEqualTo("A new mayor came in May.");
        assertThat(widenedFor("The clerk kept the minutes.", "Which clerk kept the minutes?"))
                .isEqualTo("It met on Mondays. The clerk kept the minutes.");
        assertThat(widenedFor("The clerk kept the minutes.", "What did the clerk keep?"))
                .isEqualTo("The clerk kept the minutes.");
    }

    private String widenedFor(String sentence, String question) {
        Evidence e = Pointers.widen(evidence(sentence), article, question);
        return TEXT.substring(e.start(), e.end());
    }

    @Test
    void aSentenceIsQuotedWithTheNextOneWhenThatPointsBackToIt() {
        assertThat(widened("The board kept three duties."))
                .isEqualTo("The board kept three duties. These were roads, parks and the harbour.");
    }

    @Test
    void aSentenceThatPointsBackIsQuotedWithTheOneBeforeIt() {
        assertThat(widened("These were roads, parks and the harbour."))
                .isEqualTo("The board kept three duties. These were roads, parks and the harbour.");
    }

    @Test
    void noNeighbourIsTakenAcrossAParagraphOrWhenNothingPoints() {
        assertThat(widened("A new mayor came in May.")).isEqualTo("A new mayor came in May.");
        assertThat(widened("It met on Mondays.")).isEqualTo("It met on Mondays.");
    }
}
