package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.Updates;
import dev.citebot.telegram.FakeBotApi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateRouterTest {
    private static final long PRIVATE = 555;
    private static final long GROUP = -100_200;
    private final UpdateRouter router = new UpdateRouter(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    @Test
    void inAPrivateChatAnyTextIsAQuestion() {
        Inbound in = route(Updates.text(1, PRIVATE, 10, "What did the mayor say?"));

        assertThat(in).isEqualTo(new Inbound.Ask(new ChatRef(PRIVATE, null, false), 10, "What did the mayor say?"));
    }

    @Test
    void inAGroupChatterIsIgnored() {
        assertThat(route(Updates.text(1, GROUP, 10, "What did the mayor say?"))).isEqualTo(Inbound.Ignore.INSTANCE);
        assertThat(route(Updates.sticker(2, GROUP, 11))).isEqualTo(Inbound.Ignore.INSTANCE);
    }

    @Test
    void inAGroupAMentionIsAQuestionWithoutTheMention() {
        Inbound in = route(Updates.text(1, GROUP, 10, "@citebot_test_bot What did the mayor say?"));

        assertThat(in).isEqualTo(new Inbound.Ask(new ChatRef(GROUP, null, true), 10, "What did the mayor say?"));
    }

    @Test
    void inAGroupAReplyToTheBotIsAQuestion() {
        Inbound in = route(Updates.replyToBot(1, GROUP, 11, 900, "And what did the chair say?"));

        assertThat(in).isEqualTo(new Inbound.Ask(new ChatRef(GROUP, null, true), 11, "And what did the chair say?"));
    }

    @Test
    void inAGroupCommandsAreRunUnlessForAnotherBot() {
        assertThat(route(Updates.text(1, GROUP, 10, "/ask why?"))).isInstanceOf(Inbound.Run.class);
        assertThat(route(Updates.text(2, GROUP, 11, "/ask@citebot_test_bot why?"))).isInstanceOf(Inbound.Run.class);
        assertThat(route(Updates.text(3, GROUP, 12, "/ask@other_bot why?"))).isEqualTo(Inbound.Ignore.INSTANCE);
        assertThat(route(Updates.text(4, GROUP, 13, "/weather"))).isEqualTo(Inbound.Ignore.INSTANCE);
        assertThat(route(Updates.text(5, GROUP, 14, "/weather@citebot_test_bot"))).isInstanceOf(Inbound.Run.class);
    }

    @Test
    void inAPrivateChatUnknownCommandsAreRunToExplainThem() {
        assertThat(route(Updates.text(1, PRIVATE, 10, "/weather"))).isInstanceOf(Inbound.Run.class);
    }

    @Test
    void aStickerInAPrivateChatOrAsAReplyToTheBotGetsAHint() {
        assertThat(route(Updates.sticker(1, PRIVATE, 10)))
                .isEqualTo(new Inbound.NonText(new ChatRef(PRIVATE, null, false), 10));
        ObjectNode reply = Updates.replyToBot(2, GROUP, 11, 900, "x");
        ((ObjectNode) reply.get("message")).remove("text");
        assertThat(route(reply)).isInstanceOf(Inbound.NonText.class);
    }

    @Test
    void messagesFromBotsAreIgnored() {
        ObjectNode update = Updates.text(1, PRIVATE, 10, "What did the mayor say?");
        ((ObjectNode) update.get("message").get("from")).put("is_bot", true);

        assertThat(route(update)).isEqualTo(Inbound.Ignore.INSTANCE);
    }

    @Test
    void editsAndOtherUpdatesAreIgnored() {
        ObjectNode update = Updates.text(1, PRIVATE, 10, "What?");
        update.set("edited_message", update.remove("message"));

        assertThat(route(update)).isEqualTo(Inbound.Ignore.INSTANCE);
    }

    @Test
    void aButtonPressCarriesItsChatMessageAndData() {
        Inbound in = route(Updates.press(1, GROUP, 1001, "cb-7", "src:1:2:3"));

        assertThat(in).isEqualTo(new Inbound.Press(new ChatRef(GROUP, null, true), 1001, "cb-7", "src:1:2:3"));
    }

    private Inbound route(ObjectNode json) {
        return router.route(Updates.parse(json));
    }
}
