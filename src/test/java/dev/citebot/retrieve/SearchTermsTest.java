package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {
    @Test
    void inflectionsOfOneWordShareAStem() {
        assertThat(SearchTerms.tokens("warn warned warning warns")).containsOnly("warn");
        assertThat(SearchTerms.tokens("indicate indicated indicating indication")).containsOnly("indic");
        assertThat(SearchTerms.tokens("troop troops")).containsOnly("troop");
        assertThat(SearchTerms.tokens("countries country")).containsOnly("countri");
        assertThat(SearchTerms.tokens("planned plan")).containsOnly("plan");
    }

    @Test
    void termsDropStopwordsButKeepContentWordsThatStemLikeThem() {
        assertThat(SearchTerms.terms("Why did the UK say it was willing to send troops?"))
                .containsExactly("uk", "will", "send", "troop");
    }

    @Test
    void possessivesAndTypographicApostrophesFold() {
        assertThat(SearchTerms.tokens("Russia’s position, Russia's view")).containsExactly("russia", "posit", "russia", "view");
        assertThat(SearchTerms.words("Kiev’s Allies")).containsExactly("kiev's", "allies");
        assertThat(SearchTerms.tokens("the allies' plan")).containsExactly("the", "alli", "plan");
    }

    @Test
    void splitsOnPunctuationAndKeepsNumbers() {
        assertThat(SearchTerms.tokens("U.S. troops, 2016: ‘dead’")).containsExactly("u", "s", "troop", "2016", "die");
    }
}
