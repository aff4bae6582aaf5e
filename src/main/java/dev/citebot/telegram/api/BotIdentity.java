package dev.citebot.telegram.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who the bot is, as {@code getMe} reports it; groups address the bot by this username.
 *
 * @param id       the bot's user id
 * @param username without the {@code @}
 */
public record BotIdentity(long id, String username) {
    public BotIdentity {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("a bot needs a username");
        }
    }

    /** True when {@code text} mentions {@code @username}, in any letter case, as a whole word. */
    public boolean mentionedIn(String text) {
        return mention().matcher(text).find();
    }

    /** {@code text} with every mention of the bot removed and spaces tidied. */
    public String withoutMention(String text) {
        return mention().matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private Pattern mention() {
        return Pattern.compile("(?<![\\w@])@" + Pattern.quote(username) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
    }
}
