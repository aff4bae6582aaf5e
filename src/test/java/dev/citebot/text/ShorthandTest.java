package dev.citebot.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShorthandTest {

    @Test
    void chatShorthandIsWrittenOut() {
        assertThat(Shorthand.expanded("how many ppl did the dept evacuate rn?"))
                .isEqualTo("how many people did the department evacuate now?");
        assertThat(Shorthand.expanded("why did u close it b/c of the storm w/o warning"))
                .isEqualTo("why did you close it because of the storm without warning");
        assertThat(Shorthand.expanded("why r the fishermen against it")).isEqualTo("why are the fishermen against it");
    }

    @Test
    void acronymsAndOrdinaryWordsStayAsWritten() {
        assertThat(Shorthand.expanded("What did the BC health dept say about HR and U.S. rules?"))
                .isEqualTo("What did the BC health department say about HR and U.S. rules?");
        assertThat(Shorthand.expanded("Who runs the 9/11 fund and/or the pension?"))
                .isEqualTo("Who runs the 9/11 fund and/or the pension?");
    }
}
