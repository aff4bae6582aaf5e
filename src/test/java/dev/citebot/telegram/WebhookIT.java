package dev.citebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.config.InstanceSettings;
import dev.citebot.config.Secret;
import dev.citebot.config.WebhookSettings;
import dev.citebot.telegram.api.BotSettings;
import dev.citebot.telegram.inbound.SpeakerQuotes;
import dev.citebot.telegram.send.Sleeper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhook mode in one JVM: the real bot serving its webhook on 127.0.0.1 (Javalin), the fake Bot API taking
 * {@code setWebhook} and the replies, the real core answering. Updates are posted the way Telegram posts them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIT {
    private static final Secret TOKEN = new Secret("123456789:" + "AAE-webhook-it-token_0123456789abcdef");
    private static final Secret SECRET = new Secret("hook-secret_0123456789");
    private static final URI PUBLIC_URL = URI.create("https://bot.example.org/tg/hook");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final List<TelegramBot> bots = new ArrayList<>();
    private AllMiniLmL6V2QuantizedEmbeddingModel model;
    private App app;
    private CapturedLogs logs;
    private FakeBotApi api;

    @BeforeAll
    void openTheApp(@TempDir Path dir) {
        logs = new CapturedLogs();
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        app = TestApps.open(dir, model);
        app.warmUp();
    }

    @BeforeEach
    void startTheServer() throws IOException {
        api = new FakeBotApi();
    }

    @AfterEach
    void stopBots() {
        bots.forEach(TelegramBot::close);
        bots.clear();
        api.close();
    }

    @AfterAll
    void neitherTheTokenNorTheSecretWasLogged() {
        try {
            assertThat(logs.lines()).isNotEmpty().noneMatch(l -> l.contains(TOKEN.reveal()))
                    .noneMatch(l -> l.contains(SECRET.reveal()));
        } finally {
            logs.close();
            app.close();
        }
    }

    @Test
    void startRegistersTheWebhookWithItsSecretAndAPostedQuestionIsAnsweredAndMarkedDone() throws Exception {
        int port = startBot("a");
        FakeBotApi.Call set = api.awaitOne("setWebhook", c -> true);
        assertThat(set.body().path("url").asText()).isEqualTo(PUBLIC_URL.toString());
        assertThat(set.body().path("secret_token").asText()).isEqualTo(SECRET.reveal());
        assertThat(set.body().path("allowed_updates").asText()).contains("message").contains("callback_query");
        assertThat(api.calls("getUpdates")).as("no polling in webhook mode").isEmpty();

        int message = 501;
        assertThat(post(port, Updates.text(updateIds.getAndIncrement(), 1001, message, "What did Dmitry Peskov say?"),
                SECRET.reveal())).isEqualTo(200);
        FakeBotApi.Call reply = api.await("sendMessage", c -> c.repliesTo(message) && c.delivered(), 1, WAIT).get(0);
        assertThat(reply.text()).contains("<blockquote>").contains("Peskov");
        awaitNothingPending();
    }

    @Test
    void aPostWithoutTheRightSecretOrNotAnUpdateIsRefusedAndChangesNothing() throws Exception {
        int port = startBot("a");
        int message = 601;
        JsonNode update = Updates.text(updateIds.getAndIncrement(), 1002, message, "What did Dmitry Peskov say?");
        assertThat(post(port, update, null)).isEqualTo(401);
        assertThat(post(port, update, "hook-secret_0123456788")).isEqualTo(403);
        assertThat(post(port, update, TOKEN.reveal())).isEqualTo(403);
        assertThat(postRaw(port, "{not json", SECRET.reveal())).isEqualTo(400);
        assertThat(postRaw(port, "{\"message\":{}}", SECRET.reveal())).as("no update_id").isEqualTo(400);
        Thread.sleep(2_500);
        assertThat(app.updateInbox().pending(FakeBotApi.BOT_ID)).isEmpty();
        assertThat(api.calls("sendMessage")).as("nothing was stored, so nothing answered").isEmpty();

        assertThat(post(port, update, SECRET.reveal())).isEqualTo(200);
        assertThat(post(port, update, SECRET.reveal())).as("a redelivery is accepted and ignored").isEqualTo(200);
        api.await("sendMessage", c -> c.repliesTo(message) && c.delivered(), 1, WAIT);
        Thread.sleep(2_500);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.repliesTo(message))).hasSize(1);
    }

    @Test
    void withAHostTheServerListensOnThatAddressOnly() throws Exception {
        int port = startBot("a", "127.0.0.2");
        api.awaitOne("setWebhook", c -> true);
        String update = Updates.text(updateIds.getAndIncrement(), 1003, 651, "What did Dmitry Peskov say?").toString();

        assertThatThrownBy(() -> postTo("127.0.0.1", port, update, SECRET.reveal()))
                .isInstanceOf(java.net.ConnectException.class);
        assertThat(postTo("127.0.0.2", port, update, SECRET.reveal())).isEqualTo(200);
        api.await("sendMessage", c -> c.repliesTo(651) && c.delivered(), 1, WAIT);
        awaitNothingPending();
    }

    @Test
    void twoInstancesOnOneDatabaseAnswerEveryUpdateExactlyOnceWhicheverReceivedIt() throws Exception {
        int portA = startBot("a");
        int portB = startBot("b");
        Map<Integer, Integer> questionOfChat = new HashMap<>();
        List<Integer> messages = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int message = 700 + i;
            long chat = 2000 + i % 6;
            messages.add(message);
            questionOfChat.put(message, (int) chat);
            int status = post(i % 2 == 0 ? portA : portB, Updates.text(updateIds.getAndIncrement(), chat, message,
                    i % 3 == 0 ? "What did Dmitry Peskov say?" : "Who warned about a global conflict?"),
                    SECRET.reveal());
            assertThat(status).isEqualTo(200);
        }
        for (int message : messages) {
            api.await("sendMessage", c -> c.repliesTo(message) && c.delivered(), 1, WAIT);
        }
        Thread.sleep(2_500);
        for (int message : messages) {
            assertThat(api.calls("sendMessage").stream().filter(c -> c.repliesTo(message))).as("replies to " + message)
                    .hasSize(1);
        }
        Map<Long, List<Integer>> repliedInOrder = new HashMap<>();
        api.calls("sendMessage").forEach(c -> repliedInOrder.computeIfAbsent(c.chatId(), k -> new ArrayList<>())
                .add(c.body().path("reply_parameters").path("message_id").asInt()));
        repliedInOrder.values().forEach(ids -> assertThat(ids).as("one chat's replies in order").isSorted());
        awaitNothingPending();
    }

    private int startBot(String instance) throws IOException {
        return startBot(instance, WebhookSettings.EVERY_INTERFACE);
    }

    private int startBot(String instance, String host) throws IOException {
        int port = ListenPorts.free();
        BotSettings settings = BotSettings.of(TOKEN, api.url()).withChatRate(100, 100).withDelivery(
                Optional.of(new WebhookSettings(PUBLIC_URL, host, port, SECRET)),
                new InstanceSettings(instance, Duration.ofSeconds(5)));
        TelegramBot bot = new TelegramBot(settings, app.chatAnswerer(), app.articles(),
                SpeakerQuotes.of(app.attributions()), app.chatStates(), app.updateInbox(), Sleeper.system());
        bots.add(bot);
        bot.start();
        return port;
    }

    private void awaitNothingPending() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!app.updateInbox().pending(FakeBotApi.BOT_ID).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(app.updateInbox().pending(FakeBotApi.BOT_ID)).isEmpty();
    }

    private int post(int port, JsonNode update, String secret) throws Exception {
        return postRaw(port, update.toString(), secret);
    }

    private int postRaw(int port, String body, String secret) throws Exception {
        return postTo("127.0.0.1", port, body, secret);
    }

    private int postTo(String host, int port, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/tg/hook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
