package dev.citebot.telegram.api;

/** The bot could not do something with Telegram; the message is fit for a user and never holds the token. */
public class TelegramException extends RuntimeException {
    public TelegramException(String message) {
        super(message);
    }

    public TelegramException(String message, Throwable cause) {
        super(message, cause);
    }
}
