package dev.citebot.telegram.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotIdentityTest {
    private final BotIdentity me = new BotIdentity(1, "citebot_test_bot");

    @Test
    void aMentionIsFoundInAnyCaseAndAnywhere() {
        assertThat(me.mentionedIn("@citebot_test_bot what did he say?")).isTrue();
        assertThat(me.mentionedIn("so, @CiteBot_Test_Bot, what now")).isTrue();
    }

    @Test
    void longerNamesAndAddressesAreNotMentions() {
        assertThat(me.mentionedIn("@citebot_test_bot2 hi")).isFalse();
        assertThat(me.mentionedIn("mail x@citebot_test_bot please")).isFalse();
        assertThat(me.mentionedIn("citebot_test_bot without at")).isFalse();
    }

    @Test
    void theMentionIsRemovedFromTheQuestion() {
        assertThat(me.withoutMention("@citebot_test_bot  What did  Peskov say?")).isEqualTo("What did Peskov say?");
        assertThat(me.withoutMention("What did Peskov say, @citebot_test_bot?")).isEqualTo("What did Peskov say, ?");
    }
}
