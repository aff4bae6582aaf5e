package dev.citebot.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    private static final String TEXT = "The U.S. X.25 link is NP-complete, don’t ask Saint-Evroul's abbot "
            + "at 5 p.m. — 'quoted' Maizière";

    @Test
    void wordsAreLetterAndDigitRunsJoinedOnlyAcrossAnApostropheBetweenLetters() {
        assertThat(Words.words(TEXT)).containsExactly("the", "u", "s", "x", "25", "link", "is", "np", "complete",
                "don't", "ask", "saint", "evroul's", "abbot", "at", "5", "p", "m", "quoted", "maizière");
    }

    @Test
    void compoundWordsJoinAcrossHyphensAndStopsAndKeepTheStopOfInitials() {
        assertThat(Words.compoundWords(TEXT)).containsExactly("the", "u.s.", "x.25", "link", "is", "np-complete",
                "don't", "ask", "saint-evroul's", "abbot", "at", "5", "p.m.", "quoted", "maizière");
        assertThat(Words.compoundWords("He left. Then -- a end-")).containsExactly("he", "left", "then", "a", "end");
    }

    @Test
    void theCharArrayRulesFindTheSameWordsAsTheStringOnes() {
        char[] chars = TEXT.toCharArray();
        List<String> found = new ArrayList<>();
        for (int i = Words.wordStart(chars, 0, chars.length); i < chars.length;
             i = Words.wordStart(chars, i, chars.length)) {
            int end = Words.wordEnd(chars, i, chars.length);
            found.add(Folding.lowerCase(TEXT.substring(i, end)));
            i = end;
        }
        assertThat(found).isEqualTo(Words.words(TEXT));
    }

    @Test
    void aWordStopsAtTheEndGiven() {
        char[] chars = "NP-complete".toCharArray();

        assertThat(Words.compoundEnd(chars, 0, chars.length)).isEqualTo(11);
        assertThat(Words.compoundEnd(chars, 0, 3)).isEqualTo(2);
        assertThat(Words.wordStart(chars, 2, 2)).isEqualTo(2);
    }
}
