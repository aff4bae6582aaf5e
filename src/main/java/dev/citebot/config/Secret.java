package dev.citebot.config;

import java.util.Objects;

/**
 * A credential (bot token, API key). Its {@link #toString()} never shows the value, so a secret can be
 * logged or printed by accident without leaking; only {@link #reveal()} gives the value to the one client
 * that needs it.
 */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public String reveal() {
        return value;
    }

    /** Removes every occurrence of the secret from a text that may quote it (an exception message, a URL). */
    public String redact(String text) {
        return text == null || value.isEmpty() ? text : text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
