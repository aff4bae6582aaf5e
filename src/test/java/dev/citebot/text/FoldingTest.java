package dev.citebot.text;

import dev.citebot.text.Folding.LetterCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {
    @Test
    void everyQuotationMarkAndApostropheFoldsToOneAndEveryDashToAHyphen() {
        for (char c : "\"“”„‟«»″'‘’‚‛‹›′`".toCharArray()) {
            assertThat(Folding.fold(c, LetterCase.KEPT)).as("%c", c).isEqualTo('\'');
        }
        for (char c : "-‐‑‒–—―−".toCharArray()) {
            assertThat(Folding.fold(c, LetterCase.IGNORED)).as("%c", c).isEqualTo('-');
        }
    }

    @Test
    void letterCaseIsFoldedOnlyWhenIgnored() {
        assertThat(Folding.fold('Q', LetterCase.KEPT)).isEqualTo('Q');
        assertThat(Folding.fold('Q', LetterCase.IGNORED)).isEqualTo('q');
        assertThat(Folding.fold('É', LetterCase.IGNORED)).isEqualTo('é');
    }

    @Test
    void accentsComeOffOnlyOnRequest() {
        assertThat(Folding.withoutAccents("Maizière, Çelik, Ångström")).isEqualTo("Maiziere, Celik, Angstrom");
        assertThat(Folding.withoutAccents("plain")).isEqualTo("plain");
        assertThat(Folding.fold('è', LetterCase.IGNORED)).isEqualTo('è');
    }

    @Test
    void lowerCaseStraightensTheTypographicApostrophe() {
        assertThat(Folding.lowerCase("Kiev’s ÉLAN")).isEqualTo("kiev's élan");
    }
}
