package dev.citebot.store;

import java.sql.SQLException;

/** The database could not do what was asked. The message says what failed in one line; the cause has details. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps a JDBC failure, keeping only the first line of H2's message (the rest repeats the SQL). */
    static StoreException of(String context, SQLException cause) {
        String message = String.valueOf(cause.getMessage());
        return new StoreException(context + ": " + message.lines().findFirst().orElse(message), cause);
    }
}
