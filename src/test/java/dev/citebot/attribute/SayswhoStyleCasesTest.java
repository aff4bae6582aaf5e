package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edge cases of the sayswho fixtures, on equivalent sentences of our own. */
class SayswhoStyleCasesTest {

    @Test
    void invertedCueWithAnAppositiveRole() {
        Extracted e = Extracted.from("“Nobody was hurt,” said Dana Whitfield, a Marion County deputy.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Dana Whitfield");
        assertThat(e.all.get(0).speaker().role()).isEqualTo("Marion County deputy");
        assertThat(e.content(0)).isEqualTo("“Nobody was hurt,”");
    }

    @Test
    void definiteDescriptionAfterAnApposition() {
        Extracted e = Extracted.from("Odile Ferrand, a mime from Lille, waved at the crowd.",
                "“I never speak on stage,” the mime said.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Odile Ferrand");
        assertThat(e.mention(0)).isEqualTo("the mime");
    }

    @Test
    void scareQuotesYieldNoQuote() {
        assertThat(Extracted.from("The “miracle cure” was sold in shops across the county.").all).isEmpty();
    }

    @Test
    void titlesInQuotesYieldNoQuote() {
        assertThat(Extracted.from("She starred in “The Long Road Home” and “Winter Light.”").all).isEmpty();
    }

    @Test
    void pronounWithoutAntecedentYieldsNothing() {
        assertThat(Extracted.from("“Some days are harder,” he admitted.").all).isEmpty();
    }

    @Test
    void invertedCueThenAnUnattributedQuotedSentenceIsOneQuote() {
        Extracted e = Extracted.from("“I adore my bees!” insists Okafor. “Yes, I really do.”");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Okafor");
        assertThat(e.content(0)).isEqualTo("“I adore my bees!” insists Okafor. “Yes, I really do.”");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void subjectFarFromItsVerbAcrossAsides() {
        Extracted e = Extracted.from("Priya Nandakumar, who had come to the fair with her sister, said she heard"
                + " shouting near the gate.");
        assertThat(e.name(0)).isEqualTo("Priya Nandakumar");
        assertThat(e.content(0)).isEqualTo("she heard shouting near the gate");
    }

    @Test
    void quoteIntroducedByAColon() {
        Extracted e = Extracted.from("The driver put it simply: “I just wanted to go home.”");
        assertThat(e.all).isEmpty();
        Extracted said = Extracted.from("The driver said: “I just wanted to go home.”");
        assertThat(said.content(0)).isEqualTo("“I just wanted to go home.”");
        assertThat(said.all.get(0).kind()).isEqualTo(Attribution.Kind.DIRECT);
    }
}
