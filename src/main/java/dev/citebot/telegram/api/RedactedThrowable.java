package dev.citebot.telegram.api;

import dev.citebot.config.Secret;

/**
 * A loggable copy of an exception and its causes with the secret removed from every message; stack traces are
 * kept. Library exceptions may quote a request URL, and a Bot API URL contains the token.
 */
public final class RedactedThrowable extends Exception {
    private static final int MAX_DEPTH = 10;

    private RedactedThrowable(String message, Throwable cause) {
        super(message, cause, false, true);
    }

    public static Throwable of(Throwable t, Secret secret) {
        return copy(t, secret, 0);
    }

    private static Throwable copy(Throwable t, Secret secret, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return null;
        }
        Throwable cause = copy(t.getCause(), secret, depth + 1);
        RedactedThrowable copy = new RedactedThrowable(secret.redact(t.toString()), cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
