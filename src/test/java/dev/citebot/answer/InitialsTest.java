package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InitialsTest {

    @Test
    void capitalisedWordsWhoseInitialsAreTheLettersMatch() {
        assertThat(Initials.pattern("ML").matcher("as the Morning Ledger wrote").find()).isTrue();
        assertThat(Initials.pattern("ML").matcher("as the morning ledger wrote").find())
                .as("lower-case words are not a name").isFalse();
        assertThat(Initials.pattern("ML").matcher("a Mostly Lovely Day").results().map(r -> r.group()))
                .containsExactly("Mostly Lovely");
        assertThat(Initials.pattern("ML").matcher("the XMorning Ledger").find()).as("whole words only").isFalse();
        assertThat(Initials.pattern("ML").matcher("M L").find()).as("words of two letters or more").isFalse();
    }
}
