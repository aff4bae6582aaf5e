package dev.citebot.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpacesTest {
    @Test
    void noBreakZeroWidthAndLineSpacesAreSpacesLettersAndMarksAreNot() {
        for (char c : " \t\n\r\u00A0\u2007\u202F\u2009\u3000\u2028\u200B\uFEFF".toCharArray()) {
            assertThat(Spaces.isSpace(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "a.-’\"_0".toCharArray()) {
            assertThat(Spaces.isSpace(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void stripCollapseAndBlankAgreeOnTheSameSpaces() {
        String text = "\uFEFF\u00A0 One\u202F\u2007two \u200B three\n";

        assertThat(Spaces.strip(text)).isEqualTo("One\u202F\u2007two \u200B three");
        assertThat(Spaces.collapse(text)).isEqualTo("One two three");
        assertThat(Spaces.isBlank(text, 0, 3)).isTrue();
        assertThat(Spaces.isBlank(text, 0, 4)).isFalse();
    }
}
