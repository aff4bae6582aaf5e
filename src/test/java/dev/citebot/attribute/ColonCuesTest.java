package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cue that ends its paragraph with a colon attributes the first sentence of the next one. */
class ColonCuesTest {

    @Test
    void theNextParagraphsFirstSentenceIsTheContent() {
        Extracted e = Extracted.from("The transport minister said in a statement on Tuesday:",
                "The ferry will stop running in March. Tickets bought before then stay valid.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("The transport minister");
        assertThat(e.all.get(0).cue()).isEqualTo("said");
        assertThat(e.content(0)).isEqualTo("The ferry will stop running in March");
    }

    @Test
    void aQuotationItOpensIsCarriedOn() {
        Extracted e = Extracted.from("Mayor Lena Okafor told reporters:",
                "“We will not wait for the state. We have waited long enough.” The council met later.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Lena Okafor");
        assertThat(e.content(0)).isEqualTo("“We will not wait for the state. We have waited long enough.”");
        assertThat(e.all.get(0).kind()).isEqualTo(Attribution.Kind.DIRECT);
    }

    @Test
    void aSpeakerWithAnAppositionIsNamed() {
        Extracted e = Extracted.from("Tomas Berg, a city engineer, added:", "“The bridge is safe.”");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("Tomas Berg");
        assertThat(e.content(0)).isEqualTo("“The bridge is safe.”");
    }

    @Test
    void aSentenceWithItsOwnCueKeepsItsOwnSpeaker() {
        Extracted e = Extracted.from("The agency reported:", "Fares will rise next year, the ministry said.");
        assertThat(e.all).hasSize(1);
        assertThat(e.name(0)).isEqualTo("the ministry");
    }

    @Test
    void aColonWithoutAReportingCueAttributesNothing() {
        Extracted e = Extracted.from("The new timetable in brief:", "The ferry will stop running in March.");
        assertThat(e.all).isEmpty();
    }

    @Test
    void aCueWithoutAColonDoesNotReachTheNextParagraph() {
        Extracted e = Extracted.from("The harbour master spoke on Tuesday.", "The ferry will stop running in March.");
        assertThat(e.all).isEmpty();
    }
}
