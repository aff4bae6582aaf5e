package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A speaker given as "the mayor" or "the company" named after the one it stands for, on sentences of its own. */
class DescribedSpeakersTest {

    @Test
    void anOfficeIsTheEarlierSpeakerWithThatTitle() {
        Extracted e = Extracted.from("Mayor Irene Kowal opened the hearing on Monday.",
                "Kowal said the rink would close in March.",
                "\"We looked at every option,\" the mayor said.");
        assertThat(e.name(1)).isEqualTo("Irene Kowal");
        assertThat(e.mention(1)).isEqualTo("the mayor");
        assertThat(e.all.get(1).speaker().role()).isEqualTo("Mayor");
    }

    @Test
    void aCompanyIsTheNearestNameWithACompanysDesignation() {
        Extracted e = Extracted.from("Pellworth Mills Inc. will shut its Dunmore site, the company said on Friday.",
                "The company said that orders for its cloth had fallen for six years.");
        assertThat(e.name(0)).isEqualTo("Pellworth Mills Inc.");
        assertThat(e.name(1)).isEqualTo("Pellworth Mills Inc.");
    }

    @Test
    void aCompanyIsAnEarlierSpeakerThatSpeaksOfItself() {
        Extracted e = Extracted.from("Orrin Valley Power said it had shut the line at noon.",
                "The company said it would pay for the repairs.");
        assertThat(e.name(1)).isEqualTo("Orrin Valley Power");
    }

    @Test
    void aBodyIsTheNearestNameEndingInItsWord() {
        Extracted e = Extracted.from("St. Brede Memorial Hospital will cut 40 beds next year.",
                "The hospital said it could no longer find nurses.");
        assertThat(e.name(0)).isEqualTo("St. Brede Memorial Hospital");
    }

    @Test
    void aBodyWhoseNameHoldsAPluralPossessiveIsNamedWhole() {
        Extracted e = Extracted.from("The Dockers' Guild said it had warned the port in May.",
                "\"Nobody listened,\" the guild said.");
        assertThat(e.name(0)).isEqualTo("The Dockers' Guild");
        assertThat(e.content(0)).isEqualTo("it had warned the port in May");
        assertThat(e.name(1)).isEqualTo("The Dockers' Guild");
    }

    @Test
    void aRolesOwnerIsNotTheBody() {
        Extracted e = Extracted.from("Tove Ramsland, the union's chief negotiator, said talks had stalled.",
                "The union said it would meet again on Tuesday.");
        assertThat(e.name(1)).isEqualTo("The union");
    }

    @Test
    void anIndefiniteDescriptionBetweenLeavesItUnnamed() {
        Extracted e = Extracted.from("Mayor Irene Kowal said the rink would close.",
                "A second mayor, from a nearby town, spoke at the meeting.",
                "\"We were never asked,\" the mayor said.");
        assertThat(e.name(1)).isEqualTo("the mayor");
    }

    @Test
    void anAntecedentMoreThanTwentyThousandCharactersBackIsNotLookedFor() {
        String filler = "The rink was built in 1961 and has been repaired many times since then. ".repeat(300);
        Extracted e = Extracted.from("Mayor Irene Kowal said the rink would close.", filler,
                "\"We were never asked,\" the mayor said.");
        assertThat(filler.length()).isGreaterThan(20_000);
        assertThat(e.name(e.all.size() - 1)).isEqualTo("the mayor");
    }

    @Test
    void aDescriptionThatSaysNothingOfWhomStaysAsWritten() {
        Extracted e = Extracted.from("Irene Kowal, the club's treasurer, said the rink would close.",
                "\"It was decided weeks ago,\" the person said.");
        assertThat(e.name(1)).isEqualTo("the person");
    }
}
