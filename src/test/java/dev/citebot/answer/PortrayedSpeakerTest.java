package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortrayedSpeakerTest {
    private static final String PASSAGE = "Maria Kovacs, 71, a retired bus driver from Eastfield, was sent home "
            + "after Dr. Ivan Petrov told her the clinic had closed.";

    @Test
    void theSpeakerNamedNearestToAWordOfTheDescription() {
        assertThat(PortrayedSpeaker.in("the retired bus conductor", PASSAGE,
                Set.of("Maria Kovacs", "Dr. Ivan Petrov", "Ivan Petrov")::contains)).contains("Maria Kovacs");
        assertThat(PortrayedSpeaker.in("the clinic doctor", PASSAGE,
                Set.of("Maria Kovacs", "Ivan Petrov")::contains)).contains("Ivan Petrov");
    }

    @Test
    void noneWithoutAWordOfTheDescriptionOrASpeakerNamed() {
        assertThat(PortrayedSpeaker.in("the angry pensioner", PASSAGE, name -> true)).isEmpty();
        assertThat(PortrayedSpeaker.in("the retired conductor", PASSAGE, name -> false)).isEmpty();
    }
}
