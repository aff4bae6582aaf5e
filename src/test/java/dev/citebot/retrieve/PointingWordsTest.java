package dev.citebot.retrieve;

import dev.citebot.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PointingWordsTest {
    private static final String TEXT = "“Ships forgive a storm,” she said. “They never forgive a delay.” The port closed.";

    private static Passage passage(int paragraph, int index, String sentence) {
        int start = TEXT.indexOf(sentence);
        return new Passage(1, new Sentence(paragraph, index, start, start + sentence.length()));
    }

    @Test
    void aSentenceThatPointsBackHasTheOneBeforeItInItsParagraph() {
        Passage first = passage(1, 0, "“Ships forgive a storm,” she said.");
        Passage second = passage(1, 1, "“They never forgive a delay.”");
        Passage third = passage(1, 2, "The port closed.");

        assertThat(PointingWords.pointedAt(List.of(first, second, third), second.start(), TEXT)).isEqualTo(first);
        assertThat(PointingWords.pointedAt(List.of(first, second, third), third.start(), TEXT)).as("points nowhere")
                .isNull();
    }

    @Test
    void notAcrossAParagraph() {
        Passage first = passage(1, 0, "“Ships forgive a storm,” she said.");
        Passage second = passage(2, 0, "“They never forgive a delay.”");

        assertThat(PointingWords.pointedAt(List.of(first, second), second.start(), TEXT)).isNull();
    }
}
