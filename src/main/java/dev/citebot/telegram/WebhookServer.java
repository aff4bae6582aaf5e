package dev.citebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.config.Secret;
import dev.citebot.config.WebhookSettings;
import dev.citebot.telegram.api.RedactedThrowable;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.webhook.TelegramWebhookBot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The HTTP server Telegram's webhook posts updates to, through the reverse proxy: Javalin 6 on Jetty 11, as
 * telegrambots-webhook 9.5 brings them, serving {@link WebhookSettings#path()} on {@link WebhookSettings#port()}
 * of {@link WebhookSettings#host()} (every interface unless set; TLS ends at the proxy). telegrambots' own
 * {@code TelegramBotsWebhookApplication} is not used: it cannot check Telegram's secret header, and its stop
 * deletes the webhook, which the other instances still use.
 *
 * <p>Each POST must carry the secret in {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time):
 * missing, it gets 401, wrong, 403, and nothing is read or stored. A body that is not an update gets 400. A
 * valid update is handed to {@link TelegramWebhookBot#consumeUpdate}, which returns once it is stored durably;
 * only then is 200 sent, so an update Telegram saw accepted survives a crash. A store failure gets 503, and
 * Telegram sends the update again.
 */
final class WebhookServer implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

    private final Javalin app;
    private final byte[] secret;
    private final TelegramWebhookBot bot;
    private final Secret token;
    private final ObjectMapper json = new ObjectMapper();

    private WebhookServer(WebhookSettings settings, TelegramWebhookBot bot, Secret token) {
        this.secret = settings.secret().reveal().getBytes(StandardCharsets.UTF_8);
        this.bot = bot;
        this.token = token;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        app.post(bot.getBotPath(), this::post);
    }

    /** Starts serving; returns once the port is bound. */
    static WebhookServer start(WebhookSettings settings, TelegramWebhookBot bot, Secret token) {
        WebhookServer server = new WebhookServer(settings, bot, token);
        server.app.start(settings.host(), settings.port());
        LOG.info("webhook server listening on {} port {}, path {}", settings.host(), server.app.port(),
                bot.getBotPath());
        return server;
    }

    private void post(Context ctx) {
        String given = ctx.header(SECRET_HEADER);
        if (given == null || given.isEmpty()) {
            ctx.status(401).result("missing " + SECRET_HEADER);
            return;
        }
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.status(403).result("wrong " + SECRET_HEADER);
            return;
        }
        Update update = parse(ctx.bodyAsBytes());
        if (update == null) {
            ctx.status(400).result("not a Telegram update");
            return;
        }
        try {
            bot.consumeUpdate(update);
            ctx.status(200);
        } catch (RuntimeException e) {
            LOG.error("update {} posted to the webhook could not be stored; Telegram will send it again",
                    update.getUpdateId(), RedactedThrowable.of(e, token));
            ctx.status(503).result("not stored; send it again");
        }
    }

    private Update parse(byte[] body) {
        try {
            Update update = json.readValue(body, Update.class);
            return update != null && update.getUpdateId() != null ? update : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops the server; the webhook stays registered with Telegram for the other instances. */
    @Override
    public void close() {
        app.stop();
    }
}
