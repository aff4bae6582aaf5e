package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StemmerTest {
    private final Stemmer stemmer = new Stemmer();

    @Test
    void derivedFormsMeetTheirVerbAsPorter2Has() {
        assertSameStem("declare", "declared", "declares", "declaring", "declaration", "declarations");
        assertSameStem("generous", "generously");
        assertSameStem("hope", "hoped", "hoping", "hopeful");
        assertSameStem("sky", "skies");
    }

    @Test
    void porter2ExceptionsAndShortWordsStayWhole() {
        assertThat(stemmer.stem("news")).isEqualTo("news");
        assertThat(stemmer.stem("skis")).isEqualTo("ski");
        assertThat(stemmer.stem("us")).isEqualTo("us");
        assertThat(stemmer.stem("2016")).isEqualTo("2016");
    }

    @Test
    void irregularFormsMeetTheWordTheyStandFor() {
        assertSameStem("take", "took", "taken", "takes");
        assertSameStem("fight", "fought");
        assertSameStem("woman", "women");
        assertSameStem("lead", "led", "leading");
        assertSameStem("sit", "sat", "sitting");
        assertSameStem("tell", "told", "telling");
    }

    @Test
    void nominalisationsWithAnotherRootMeetTheirVerb() {
        assertSameStem("die", "died", "dying", "death", "deaths", "dead");
        assertSameStem("decide", "decided", "decision", "decisions");
        assertSameStem("invade", "invasion");
        assertSameStem("agree", "agreement");
        assertSameStem("threaten", "threat", "threats");
    }

    @Test
    void possessivesDropButCliticsKeepTheirWord() {
        assertThat(stemmer.stem("russia's")).isEqualTo("russia");
        assertThat(stemmer.stem("won't")).isNotEqualTo(stemmer.stem("win"));
        assertThat(stemmer.stem("don't")).isNotEqualTo(stemmer.stem("don"));
    }

    @Test
    void unrelatedWordsStayApart() {
        assertThat(stemmer.stem("general")).isNotEqualTo(stemmer.stem("generous"));
        assertThat(stemmer.stem("police")).isNotEqualTo(stemmer.stem("policy"));
        assertThat(stemmer.stem("deadline")).isNotEqualTo(stemmer.stem("die"));
    }

    private void assertSameStem(String word, String... forms) {
        String stem = stemmer.stem(word);
        for (String form : List.of(forms)) {
            assertThat(stemmer.stem(form)).as(form + " vs " + word).isEqualTo(stem);
        }
    }
}
