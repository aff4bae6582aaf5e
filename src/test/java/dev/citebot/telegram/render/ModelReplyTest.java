package dev.citebot.telegram.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModelReplyTest {

    @Test
    void theTrailingCitationLinesAreSeparatedFromTheProse() {
        ModelReply r = ModelReply.parse("He said “no [sic] deal” [2].\n\nThen [1] more.\n\n"
                + "[1] Ann Lee · Pier, ¶4\n[2] Bo, chair · Pier, ¶1");

        assertThat(r.paragraphs()).containsExactly("He said “no [sic] deal” [2].", "Then [1] more.");
        assertThat(r.citations()).containsExactly(Map.entry(1, "Ann Lee · Pier, ¶4"),
                Map.entry(2, "Bo, chair · Pier, ¶1"));
        assertThat(r.marker("no [sic] deal")).hasValue(2);
        assertThat(r.marker("deal")).isEmpty();
    }

    @Test
    void textWithoutCitationLinesIsAllProse() {
        ModelReply r = ModelReply.parse("One.\n\nTwo [1] and three.");

        assertThat(r.paragraphs()).containsExactly("One.", "Two [1] and three.");
        assertThat(r.citations()).isEmpty();
    }
}
