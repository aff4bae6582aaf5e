package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTest {

    private static String stem(String word) {
        return SearchTerms.tokens(word).get(0);
    }

    private static Set<String> tokens(String text) {
        return new HashSet<>(SearchTerms.tokens(text));
    }

    @Test
    void aWordIsCoveredByAnotherOfItsGroupBothWays() {
        assertThat(Synonyms.covers(stem("hurt"), tokens("The blast injured four dockers."))).isTrue();
        assertThat(Synonyms.covers(stem("injured"), tokens("Four dockers were hurt."))).isTrue();
        assertThat(Synonyms.covers(stem("fell"), tokens("the collapse of the pier"))).isTrue();
    }

    @Test
    void aWordIsNotItsOwnSynonymNorCoveredOutsideItsGroup() {
        assertThat(Synonyms.of(stem("hurt"))).doesNotContain(stem("hurt"));
        assertThat(Synonyms.covers(stem("hurt"), tokens("Four dockers were fired."))).isFalse();
        assertThat(Synonyms.of(stem("harbour"))).isEmpty();
    }
}
