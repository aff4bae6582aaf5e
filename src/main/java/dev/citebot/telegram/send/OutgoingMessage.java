package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.MessageSplitter;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

import java.util.Objects;
import java.util.Optional;

/**
 * One message to send, in HTML parse mode.
 *
 * @param replyTo  the message it answers, or {@code null}
 * @param html     at most {@link MessageSplitter#TELEGRAM_LIMIT} characters
 * @param keyboard buttons under the message
 */
record OutgoingMessage(ChatRef chat, Integer replyTo, String html, Optional<InlineKeyboardMarkup> keyboard) {
    OutgoingMessage {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(keyboard, "keyboard");
        if (html.isBlank() || html.length() > MessageSplitter.TELEGRAM_LIMIT) {
            throw new IllegalArgumentException("a message needs 1 to " + MessageSplitter.TELEGRAM_LIMIT
                    + " characters, got " + html.length());
        }
    }
}
