package dev.citebot.telegram.inbound;

import dev.citebot.telegram.FakeBotApi;
import dev.citebot.telegram.Updates;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.api.ChatRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdditionRoutingTest {
    private static final long PRIVATE = 555;
    private static final long GROUP = -100_200;
    private static final ChatRef ME = new ChatRef(PRIVATE, null, false);
    private final UpdateRouter router = new UpdateRouter(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME),
            1_000);

    @Test
    void aPrivateLinkAloneOrWithAFewWordsIsAnAddition() {
        assertThat(route(Updates.text(1, PRIVATE, 10, "https://news.example/a/b?c=1")))
                .isEqualTo(new Inbound.Add(ME, 10, PRIVATE, new Addition.Link("https://news.example/a/b?c=1")));
        assertThat(route(Updates.text(2, PRIVATE, 11, "Read this (https://news.example/story).")))
                .isEqualTo(new Inbound.Add(ME, 11, PRIVATE, new Addition.Link("https://news.example/story")));
    }

    @Test
    void aLinkInsideALongQuestionOrTwoLinksStayAQuestion() {
        assertThat(route(Updates.text(1, PRIVATE, 10, "What did the mayor say in the interview that was published at"
                + " https://news.example/story yesterday?"))).isInstanceOf(Inbound.Ask.class);
        assertThat(route(Updates.text(2, PRIVATE, 11, "https://a.example/1 https://a.example/2")))
                .isInstanceOf(Inbound.Ask.class);
        assertThat(route(Updates.text(3, PRIVATE, 12, "ftp://a.example/x"))).isInstanceOf(Inbound.Ask.class);
    }

    @Test
    void aLongPrivateTextAForwardedPostAndADocumentAreAdditions() {
        String longText = "Title\n\n" + "A sentence of the article. ".repeat(60);
        assertThat(route(Updates.text(1, PRIVATE, 10, longText)))
                .isEqualTo(new Inbound.Add(ME, 10, PRIVATE, new Addition.Text(longText, "pasted text")));
        assertThat(route(Updates.forwardedPost(2, PRIVATE, 11, "quaynews", 57, "Short post")))
                .isEqualTo(new Inbound.Add(ME, 11, PRIVATE, new Addition.Text("Short post", "https://t.me/quaynews/57")));
        assertThat(route(Updates.document(3, PRIVATE, 12, "f1", "notes.md", 120)))
                .isEqualTo(new Inbound.Add(ME, 12, PRIVATE, new Addition.Document("f1", "notes.md", 120)));
    }

    @Test
    void inAGroupOnlyTheCommandsAdd() {
        ChatRef group = new ChatRef(GROUP, null, true);
        assertThat(route(Updates.text(1, GROUP, 10, "https://news.example/story"))).isEqualTo(Inbound.Ignore.INSTANCE);
        assertThat(route(Updates.text(2, GROUP, 11, "/add https://news.example/story")))
                .isEqualTo(new Inbound.Add(group, 11, 777, new Addition.Link("https://news.example/story")));
        assertThat(route(Updates.text(3, GROUP, 12, "/add")))
                .isEqualTo(new Inbound.Add(group, 12, 777, Addition.Usage.INSTANCE));
        assertThat(route(Updates.text(4, GROUP, 13, "/remove 3")))
                .isEqualTo(new Inbound.Add(group, 13, 777, new Addition.Remove("3")));
    }

    private Inbound route(com.fasterxml.jackson.databind.node.ObjectNode json) {
        return router.route(Updates.parse(json));
    }
}
