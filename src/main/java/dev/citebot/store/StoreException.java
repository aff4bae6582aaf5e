package dev.citebot.store;

/** The database could not do what was asked. The message says what failed in one line; the cause has details. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a backend failure, keeping only the first line of its message (H2's other lines repeat the SQL). */
    public static StoreException of(String context, Exception cause) {
        String message = String.valueOf(cause.getMessage());
        return new StoreException(context + ": " + message.lines().findFirst().orElse(message), cause);
    }
}
