package dev.citebot.telegram.inbound;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CommandTest {

    @Test
    void aCommandWithAnArgument() {
        Command c = Command.parse("/ASK  What did the mayor say? ").orElseThrow();

        assertThat(c.name()).isEqualTo("ask");
        assertThat(c.argument()).isEqualTo("What did the mayor say?");
        assertThat(c.target()).isEmpty();
        assertThat(c.known()).isTrue();
    }

    @Test
    void aCommandForANamedBot() {
        Command c = Command.parse("/ask@Citebot_Test_Bot why?\nand more").orElseThrow();

        assertThat(c.argument()).isEqualTo("why?\nand more");
        assertThat(c.addressedTo("citebot_test_bot")).isTrue();
        assertThat(c.addressedElsewhere("citebot_test_bot")).isFalse();
        assertThat(c.addressedElsewhere("other_bot")).isTrue();
    }

    @Test
    void newIsKnown() {
        assertThat(Command.parse("/new@citebot_test_bot").map(Command::known)).contains(true);
    }

    @Test
    void unknownCommandsParseButAreNotKnown() {
        assertThat(Command.parse("/weather").map(Command::known)).contains(false);
    }

    @Test
    void textThatIsNotACommand() {
        assertThat(Command.parse("What is /ask?")).isEmpty();
        assertThat(Command.parse("/ ask")).isEmpty();
        assertThat(Command.parse("/ask@ why")).isEmpty();
        assertThat(Command.parse("")).isEqualTo(Optional.empty());
    }
}
