package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    @Test
    void inflectionsOfOneWordShareAStem() {
        assertThat(Tokenizer.tokens("warn warned warning warns")).containsOnly("warn");
        assertThat(Tokenizer.tokens("indicate indicated indicating")).containsOnly("indicat");
        assertThat(Tokenizer.tokens("troop troops")).containsOnly("troop");
        assertThat(Tokenizer.tokens("countries country")).containsOnly("country");
        assertThat(Tokenizer.tokens("planned plan")).containsOnly("plan");
    }

    @Test
    void termsDropStopwordsButKeepContentWordsThatStemLikeThem() {
        assertThat(Tokenizer.terms("Why did the UK say it was willing to send troops?"))
                .containsExactly("uk", "will", "send", "troop");
    }

    @Test
    void possessivesAndTypographicApostrophesFold() {
        assertThat(Tokenizer.tokens("Russia’s position, Russia's view")).containsExactly("russia", "position", "russia", "view");
        assertThat(Tokenizer.words("Kiev’s Allies")).containsExactly("kiev's", "allies");
    }

    @Test
    void splitsOnPunctuationAndKeepsNumbers() {
        assertThat(Tokenizer.tokens("U.S. troops, 2016: ‘dead’")).containsExactly("u", "s", "troop", "2016", "dead");
    }
}
