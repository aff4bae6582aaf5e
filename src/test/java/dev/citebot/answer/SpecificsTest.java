package dev.citebot.answer;

import dev.citebot.article.Paragraph;
import dev.citebot.article.Sentence;
import dev.citebot.article.StoredArticle;
import dev.citebot.attribute.Speaker;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpecificsTest {
    private static final String TITLE = "Harbour Ferries";
    private static final String[] FIRST = {"The ferry line was founded by Mara Olsen in Bergen.",
            "It later opened the first night crossing to Rotterdam.",
            "Fares rose twice, the newest rise being the sole one since 1990."};
    private static final String[] SECOND = {"Italian pilots steered the largest boats.", "The crews went on strike."};
    private static final String TEXT = TITLE + "\n\n" + String.join(" ", FIRST) + "\n\n" + String.join(" ", SECOND);

    private final ArticleView article = article();

    private static ArticleView article() {
        List<Passage> passages = new ArrayList<>();
        int index = 0;
        for (String[] paragraph : new String[][] {FIRST, SECOND}) {
            for (String sentence : paragraph) {
                int start = TEXT.indexOf(sentence);
                passages.add(new Passage(3, new Sentence(paragraph == FIRST ? 2 : 3, index++, start,
                        start + sentence.length())));
            }
        }
        int p2 = TEXT.indexOf(FIRST[0]);
        int p3 = TEXT.indexOf(SECOND[0]);
        List<Paragraph> paragraphs = List.of(new Paragraph(1, 0, TITLE.length()),
                new Paragraph(2, p2, p3 - 2), new Paragraph(3, p3, TEXT.length()));
        return ArticleView.of(new StoredArticle(3, TITLE, "h.txt", "0".repeat(64), TEXT, Instant.EPOCH),
                paragraphs, passages);
    }

    private Evidence sentence(String text) {
        int start = TEXT.indexOf(text);
        int paragraph = start < TEXT.indexOf(SECOND[0]) ? 2 : 3;
        return new Evidence(3, paragraph, start, start + text.length(), 1.0, Optional.empty(), false);
    }

    @Test
    void aNameTheWindowLacksIsADisagreement() {
        assertThat(Specifics.disagreement("Who founded the ferry line in Oslo?", article, sentence(FIRST[0])))
                .contains("name Oslo");
        assertThat(Specifics.disagreement("Who founded the ferry line in Bergen?", article, sentence(FIRST[0])))
                .isEmpty();
    }

    @Test
    void aNameInTheNeighbourSentenceOfTheSameParagraphAgrees() {
        assertThat(Specifics.disagreement("Where did the line of Mara Olsen sail at night?", article,
                sentence(FIRST[1]))).isEmpty();
        assertThat(Specifics.disagreement("Did Mara Olsen raise the fares?", article, sentence(FIRST[2])))
                .contains("name Mara Olsen");
        assertThat(Specifics.disagreement("Who steered boats out of Bergen?", article, sentence(SECOND[0])))
                .as("the previous paragraph is not the window").contains("name Bergen");
    }

    @Test
    void wordFormsAccentsAndTheTitleAgree() {
        assertThat(Specifics.disagreement("Which pilots from Italy steered the boats?", article,
                sentence(SECOND[0]))).isEmpty();
        assertThat(Specifics.disagreement("What did the Ferries' crews do?", article, sentence(SECOND[1])))
                .as("a word of the title").isEmpty();
        assertThat(Specifics.disagreement("Who founded the line in Bérgen?", article, sentence(FIRST[0])))
                .isEmpty();
    }

    @Test
    void theQuestionsFirstWordAndFunctionWordsAreNotNames() {
        assertThat(Specifics.names("Rotterdam was reached by which crossing of The Line?"))
                .containsExactly(List.of("Line"));
        assertThat(Specifics.names("In what year did Mara Olsen found it in Bergen?"))
                .containsExactly(List.of("Mara", "Olsen"), List.of("Bergen"));
    }

    @Test
    void anExtremeOrRankMustBeStatedInTheWindow() {
        assertThat(Specifics.disagreement("Which was the last crossing the line opened?", article,
                sentence(FIRST[1]))).contains("extreme last");
        assertThat(Specifics.disagreement("Which was the first crossing the line opened?", article,
                sentence(FIRST[1]))).isEmpty();
        assertThat(Specifics.disagreement("Who steered the smallest boats?", article, sentence(SECOND[0])))
                .contains("extreme smallest");
    }

    @Test
    void anotherSuperlativeOfSizeAgreesAndLastAsAVerbIsNoRank() {
        assertThat(Specifics.disagreement("Who steered the biggest boats?", article, sentence(SECOND[0]))).isEmpty();
        assertThat(Specifics.disagreement("How long did the strike last?", article, sentence(SECOND[1]))).isEmpty();
        assertThat(Specifics.disagreement("Will the strike last until spring?", article, sentence(SECOND[1])))
                .isEmpty();
        assertThat(Specifics.disagreement("Who steered the last boats?", article, sentence(SECOND[0])))
                .contains("extreme last");
    }

    @Test
    void aNameQualifyingTheSpeakerAskedNeedsOnlyToBeInTheArticle() {
        assertThat(Specifics.disagreement("What did the Bergen union say about the strike?", article,
                sentence(SECOND[1]))).isEmpty();
        assertThat(Specifics.disagreement("What did the Oslo union say about the strike?", article,
                sentence(SECOND[1]))).contains("name Oslo");
        assertThat(Specifics.disagreement("Did Bergen pilots go on strike?", article, sentence(SECOND[1])))
                .contains("name Bergen");
    }

    @Test
    void aRankWrittenWithAnotherWordOfTheSameMeaningAgrees() {
        assertThat(Specifics.disagreement("Who opened the earliest night crossing?", article, sentence(FIRST[1])))
                .isEmpty();
        assertThat(Specifics.disagreement("Who opened the smallest night crossing?", article, sentence(FIRST[1])))
                .contains("extreme smallest");
        assertThat(Specifics.disagreement("When was the latest fare rise?", article, sentence(FIRST[2]))).isEmpty();
        assertThat(Specifics.disagreement("Was it the only fare rise?", article, sentence(FIRST[2]))).isEmpty();
        assertThat(Specifics.disagreement("Was it the biggest fare rise?", article, sentence(FIRST[2])))
                .contains("extreme biggest");
    }

    @Test
    void theWindowIsTheSentenceAndItsNeighboursInItsParagraph() {
        assertThat(Specifics.window(article, sentence(FIRST[1]))).isEqualTo(String.join(" ", FIRST));
        assertThat(Specifics.window(article, sentence(SECOND[0]))).isEqualTo(String.join(" ", SECOND));
    }

    @Test
    void aRunOfNamesAgreesWithItsInitials() {
        String text = "Pilots\n\nThe U.S. navy trained the pilots.";
        int start = text.indexOf("The U.S.");
        ArticleView pilots = ArticleView.of(new StoredArticle(4, "Pilots", "p.txt", "0".repeat(64), text,
                        Instant.EPOCH), List.of(new Paragraph(1, 0, 6), new Paragraph(2, start, text.length())),
                List.of(new Passage(4, new Sentence(2, 0, start, text.length()))));
        Evidence navy = new Evidence(4, 2, start, text.length(), 1.0, Optional.empty(), false);

        assertThat(Specifics.disagreement("Who trained the pilots of the United States?", pilots, navy)).isEmpty();
        assertThat(Specifics.disagreement("Who trained the pilots of the United Kingdom?", pilots, navy))
                .contains("name United Kingdom");
        assertThat(Specifics.disagreement("Did the US train the pilots?", pilots, navy)).isEmpty();
        assertThat(Specifics.disagreement("Did the UK train the pilots?", pilots, navy)).contains("name UK");
    }

    @Test
    void aPersonAgreesBySurnameOrAsThePassagesSpeaker() {
        String text = "Pier\n\nMara Olsen runs the pier.\n\n"
                + "“We will not rush,” Olsen said. “Nor will we stop,” she added.";
        int intro = text.indexOf("Mara");
        int start = text.indexOf("“We");
        int second = text.indexOf("“Nor");
        ArticleView pier = ArticleView.of(new StoredArticle(5, "Pier", "p.txt", "0".repeat(64), text,
                        Instant.EPOCH), List.of(new Paragraph(1, 0, 4), new Paragraph(2, intro, start - 2),
                        new Paragraph(3, start, text.length())),
                List.of(new Passage(5, new Sentence(2, 0, intro, start - 2)),
                        new Passage(5, new Sentence(3, 1, start, second - 1)),
                        new Passage(5, new Sentence(3, 2, second, text.length()))));
        Evidence first = new Evidence(5, 3, start, second - 1, 1.0, Optional.empty(), false);
        Evidence bySpeaker = new Evidence(5, 3, second, text.length(), 1.0,
                Optional.of(new Speaker("Mara Olsen", "she", "the chair", second + 22, second + 25)), false);

        assertThat(Specifics.disagreement("What did Mara Olsen say about rushing?", pier, first)).isEmpty();
        assertThat(Specifics.disagreement("Will the Chair stop?", pier, bySpeaker)).isEmpty();
        assertThat(Specifics.disagreement("Will the Chair stop?", pier,
                new Evidence(5, 3, second, text.length(), 1.0, Optional.empty(), false))).contains("name Chair");
        assertThat(Specifics.disagreement("What did Ann Olsen say about rushing?", pier, first))
                .as("a first name the article never gives").contains("name Ann Olsen");
    }
}
