package dev.citebot.telegram.api;

/**
 * Telegram answered and refused the call with a final 4xx (a wrong token, a chat that does not exist): trying
 * again cannot help. Other {@link TelegramException}s may pass (the server was unreachable or failing).
 */
public final class TelegramRefusal extends TelegramException {
    public TelegramRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
