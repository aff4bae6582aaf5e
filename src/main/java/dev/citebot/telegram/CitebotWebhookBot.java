package dev.citebot.telegram;

import dev.citebot.config.WebhookSettings;
import dev.citebot.telegram.inbound.UpdateDispatcher;
import dev.citebot.telegram.send.Sender;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.webhook.TelegramWebhookBot;

/**
 * citebot as telegrambots-webhook's {@link TelegramWebhookBot}: registers the webhook (URL, secret token, the
 * update types citebot answers) and stores each posted update in the inbox, answering it later (never in the
 * HTTP response, which would bypass the inbox and the claims). Deleting the webhook is left to the operator:
 * one instance stopping must not stop Telegram from posting to the others.
 */
final class CitebotWebhookBot implements TelegramWebhookBot {
    private final WebhookSettings settings;
    private final UpdateDispatcher updates;
    private final Sender sender;

    CitebotWebhookBot(WebhookSettings settings, UpdateDispatcher updates, Sender sender) {
        this.settings = settings;
        this.updates = updates;
        this.sender = sender;
    }

    @Override
    public void runSetWebhook() {
        sender.setWebhook(SetWebhook.builder().url(settings.url().toString()).secretToken(settings.secret().reveal())
                .allowedUpdates(TelegramBot.UPDATE_TYPES).build());
    }

    @Override
    public void runDeleteWebhook() {
        // left registered on purpose: see the class comment
    }

    /** Stores the update durably (see {@link UpdateDispatcher#receive}); the reply is sent separately. */
    @Override
    public BotApiMethod<?> consumeUpdate(Update update) {
        updates.receive(update);
        return null;
    }

    @Override
    public String getBotPath() {
        return settings.path();
    }
}
