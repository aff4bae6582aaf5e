package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.api.TelegramRefusal;
import dev.citebot.telegram.TelegramBot;
import dev.citebot.telegram.HttpClients;
import dev.citebot.telegram.inbound.DaemonThreads;
import dev.citebot.telegram.FakeBotApi;
import dev.citebot.telegram.FakeTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.Secret;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sender with the real telegrambots client against the fake Bot API; its waits go to a fake clock. */
class SenderTest {
    private static final Secret TOKEN = new Secret("123456:sender-test-token-abcdefghijklmnopqrstu");
    private static final ChatRef CHAT = new ChatRef(31, null, false);
    private static final OutgoingMessage MESSAGE =
            new OutgoingMessage(CHAT, 5, "<blockquote>a &amp; b</blockquote>\n<i>T</i>, ¶1", Optional.empty());

    private final FakeTime time = new FakeTime();
    private FakeBotApi api;
    private ExecutorService threads;
    private OkHttpClient http;
    private Sender sender;

    @BeforeEach
    void start() throws IOException {
        api = new FakeBotApi();
        threads = Executors.newCachedThreadPool(new DaemonThreads("sender-test-http"));
        http = HttpClients.sending(new Dispatcher(threads));
        OkHttpTelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), http, TOKEN.reveal(),
                TelegramBot.telegramUrl(api.url()));
        sender = new Sender(client, new SendThrottle(30, 20, time, time), time, TOKEN);
    }

    @AfterEach
    void stop() {
        HttpClients.release(http);
        threads.shutdownNow();
        api.close();
    }

    @Test
    void aMessageGoesAsHtmlReplyingWithoutLinkPreviews() {
        sender.send(MESSAGE);

        FakeBotApi.Call call = api.calls("sendMessage").get(0);
        assertThat(call.token()).isEqualTo(TOKEN.reveal());
        assertThat(call.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(call.text()).isEqualTo(MESSAGE.html());
        assertThat(call.repliesTo(5)).isTrue();
        assertThat(call.body().path("reply_parameters").path("allow_sending_without_reply").asBoolean()).isTrue();
        assertThat(call.body().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
    }

    @Test
    void a429IsHonouredByWaitingRetryAfterAndTheMessageArrivesOnce() {
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 3", 3);

        sender.send(MESSAGE);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
    }

    @Test
    void repeated429sAreHonouredWithinTheWaitBudgetWithoutACountLimit() {
        for (int i = 0; i < 8; i++) {
            api.failNext("sendMessage", 429, "Too Many Requests: retry after 5", 5);
        }

        sender.send(MESSAGE);

        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(40));
        assertThat(api.calls("sendMessage")).filteredOn(FakeBotApi.Call::delivered).hasSize(1);
    }

    @Test
    void waitsBeyondTheBudgetEndInAClearFailure() {
        for (int i = 0; i < 3; i++) {
            api.failNext("sendMessage", 429, "Too Many Requests: retry after 25", 25);
        }

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOf(TelegramException.class)
                .hasMessageContaining("429").hasMessageContaining(Sender.WAIT_BUDGET.toSeconds() + " s budget");
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(50));
        assertThat(api.calls("sendMessage")).hasSize(3);
    }

    @Test
    void aDroppedConnectionIsResentOnceByThePolicyNotByTheHttpClient() {
        api.dropNext("sendMessage");

        sender.send(MESSAGE);

        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status)
                .containsExactly(FakeBotApi.DROP, 200);
        assertThat(time.sleeps()).containsExactly(Sender.FIRST_BACKOFF);
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoff() {
        api.failNext("sendMessage", 502, "Bad Gateway", null);
        api.failNext("sendMessage", 500, "Internal Server Error", null);

        sender.send(MESSAGE);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(api.calls("sendMessage")).filteredOn(FakeBotApi.Call::delivered).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedOnlyABoundedNumberOfTimes() {
        api.failAlways("sendMessage", 503, "Service Unavailable");

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOf(TelegramException.class)
                .hasMessageContaining("503").hasMessageNotContaining(TOKEN.reveal());
        assertThat(api.calls("sendMessage")).hasSize(Sender.MAX_TRIES);
    }

    @Test
    void otherClientErrorsAreFinal() {
        api.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOf(TelegramRefusal.class)
                .hasMessageContaining("blocked");
        assertThat(api.calls("sendMessage")).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void unparsableEntitiesAreResentAsPlainText() {
        api.failNext("sendMessage", 400, "Bad Request: can't parse entities: Unexpected end tag at offset 12", null);

        sender.send(MESSAGE);

        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls).extracting(FakeBotApi.Call::status).containsExactly(400, 200);
        assertThat(calls.get(1).body().has("parse_mode")).isFalse();
        assertThat(calls.get(1).text()).isEqualTo("“a & b”\nT, ¶1");
        assertThat(calls.get(1).repliesTo(5)).isTrue();
    }

    @Test
    void anOptionalCallThatFailsIsOnlyLogged() {
        api.failAlways("sendChatAction", 404, "Not Found");

        sender.optional(SendChatAction.builder().chatId(CHAT.id()).action("typing").build());

        assertThat(api.calls("sendChatAction")).hasSize(1);
    }

    @Test
    void anOptionalCallThatHangsIsGivenUpOn() throws InterruptedException {
        api.delay("sendChatAction", Duration.ofMinutes(1));

        sender.optional(SendChatAction.builder().chatId(CHAT.id()).action("typing").build());
        sender.send(MESSAGE);

        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void anOptionalCallToAnUnreachableServerIsOnlyLogged() {
        api.close();

        sender.optional(SendChatAction.builder().chatId(CHAT.id()).action("typing").build());

        assertThat(time.sleeps()).isEmpty();
    }
}
