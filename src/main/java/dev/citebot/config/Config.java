package dev.citebot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings citebot runs with. See {@link ConfigLoader} for where each comes from.
 *
 * @param telegramToken  the Bot API token; absent means "run a console chat instead of the bot"
 * @param telegramApiUrl the Bot API server, {@code scheme://host:port}
 * @param database       the H2 database file, without the {@code .mv.db} suffix
 */
public record Config(Optional<Secret> telegramToken, URI telegramApiUrl, Path database) {
    public static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String TELEGRAM_API_URL = "TELEGRAM_API_URL";
    public static final String CITEBOT_DB = "CITEBOT_DB";

    public static final String DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org";
    public static final String DEFAULT_DB = "./data/citebot";

    public Config withDatabase(Path other) {
        return new Config(telegramToken, telegramApiUrl, other);
    }

    @Override
    public String toString() {
        return "Config[telegramToken=" + telegramToken.map(t -> "set").orElse("unset")
                + ", telegramApiUrl=" + telegramApiUrl + ", database=" + database + "]";
    }
}
