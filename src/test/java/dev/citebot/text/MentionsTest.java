package dev.citebot.text;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {
    private static final String ARTICLE = "Thomas de Maizière said the X.25 link was NP-complete. The abbey at "
            + "Saint-Evroul asked for European funds; Gonzalez agreed.";

    @Test
    void namesWithHyphensDotsAndAccentsAreFound() {
        for (String name : new String[] {"X.25", "NP-complete", "Maiziere", "Thomas de Maizière", "Saint-Evroul",
                "the Saint-Evroul", "Gonzalez's"}) {
            assertThat(mentioned(name, ARTICLE)).as(name).isTrue();
        }
    }

    @Test
    void accentsAreIgnoredBothWays() {
        assertThat(mentioned("González", ARTICLE)).isTrue();
        assertThat(mentioned("Maiziere", "Maizière")).isTrue();
        assertThat(mentioned("Maizière", "Maiziere")).isTrue();
    }

    @Test
    void aPossessiveMentionsTheNameAndBack() {
        assertThat(mentioned("Lee", "Lee's plan")).isTrue();
        assertThat(mentioned("Lee’s", "Lee spoke")).isTrue();
    }

    @Test
    void aPlaceIsFoundByItsAdjective() {
        assertThat(mentioned("Europe", ARTICLE)).isTrue();
        assertThat(mentioned("Russia", "Russian troops")).isTrue();
        assertThat(mentioned("China", "Chinese banks")).isTrue();
        assertThat(mentioned("Italy", "the Italian side")).isTrue();
    }

    @Test
    void aNameIsFoundInTheSingularOrThePluralWhicheverTheTextWrites() {
        assertThat(mentioned("Democrats", "a Democrat said")).isTrue();
        assertThat(mentioned("Camisard", "the Camisards rose")).isTrue();
        assertThat(mentioned("Kim", "the Kims")).as("no derived forms of a short word").isFalse();
    }

    @Test
    void aNameTheTextDoesNotHaveIsNotFound() {
        for (String name : new String[] {"Quuxley", "X.99", "NP-hard", "Maizieres-Lopez", "Asia", "Ukraine"}) {
            assertThat(mentioned(name, ARTICLE)).as(name).isFalse();
        }
        assertThat(mentioned("Ian", "Iain and Indian")).as("no derived forms of a short word").isFalse();
    }

    @Test
    void aNameWithoutWordsHasNothingToLookFor() {
        assertThat(mentioned("—", ARTICLE)).isTrue();
    }

    @Test
    void anAcronymIsFoundWrittenWithDots() {
        assertThat(mentioned("US", "The plan lacked U.S. backing.")).isTrue();
        assertThat(mentioned("UK", "The plan lacked U.S. backing.")).isFalse();
        assertThat(mentioned("Us", "The plan lacked U.S. backing.")).isFalse();
    }

    private static boolean mentioned(String name, String text) {
        Set<String> words = Set.copyOf(Words.words(text));
        Set<String> accented = words.stream().map(Folding::withoutAccents).filter(w -> !words.contains(w))
                .collect(Collectors.toSet());
        return Mentions.mentioned(name, words::contains, accented::contains);
    }
}
