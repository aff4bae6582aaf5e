package dev.citebot.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {
    @Test
    void titlesNameSuffixesAndMonthsBelongToANameOrDate() {
        for (String word : new String[] {"Sen", "Lt", "Maj", "Jr", "Sept", "Mar"}) {
            assertThat(Abbreviations.isNameOrDateAbbreviation(word)).as(word).isTrue();
        }
        for (String word : new String[] {"Inc", "Calif", "No", "vs", "sen", "Said"}) {
            assertThat(Abbreviations.isNameOrDateAbbreviation(word)).as(word).isFalse();
        }
    }

    @Test
    void aTitleContinuesTheSentenceAndASuffixOnlyBeforeANameWord() {
        String title = "Lt. Gen. Ruiz";
        String suffix = "Acme Inc. The end";

        assertThat(Abbreviations.continuesAfter(title, 0, 2, 4)).isTrue();
        assertThat(Abbreviations.continuesAfter(suffix, 0, 8, 10)).isFalse();
        assertThat(Abbreviations.continuesAfter("Acme Inc. Tools", 0, 8, 10)).isTrue();
    }
}
