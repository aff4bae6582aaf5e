package dev.citebot.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {
    @Test
    void titlesNameSuffixesAndMonthsAreKnownAsWrittenAndApart() {
        assertThat(Abbreviations.isTitle("Sen")).isTrue();
        assertThat(Abbreviations.isTitle("Maj")).isTrue();
        assertThat(Abbreviations.isTitle("sen")).isFalse();
        assertThat(Abbreviations.isTitle("Jr")).isFalse();
        assertThat(Abbreviations.isNameSuffix("Jr")).isTrue();
        assertThat(Abbreviations.isNameSuffix("Inc")).isFalse();
        assertThat(Abbreviations.isMonth("Sept")).isTrue();
        assertThat(Abbreviations.isMonth("No")).isFalse();
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
