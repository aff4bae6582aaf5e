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
    void termsHeldInATextAreCountedByTheirStems() {
        assertThat(SearchTerms.heldIn(SearchTerms.terms("Which ferries sailed late?"), "The ferry sails at noon."))
                .isEqualTo(2);
    }

    @Test
    void intensifiersAndNowAreNotTerms() {
        assertThat(SearchTerms.terms("Did the mayor really ever just actually say exactly that, very loudly, now?"))
                .containsExactly("mayor", "loud");
    }

    @Test
    void contractedStopwordsAndNegatedAuxiliariesAreNotTerms() {
        assertThat(SearchTerms.terms("What's the mood? Who’s there, and why doesn't it matter?"))
                .containsExactly("mood", "matter");
        assertThat(SearchTerms.terms("They've said we're late, I'd think; it won't be, isn't it?"))
                .containsExactly("late", "think");
        assertThat(SearchTerms.terms("Russia's army and the Kremlin’s view"))
                .containsExactly("russia", "armi", "kremlin", "view");
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
