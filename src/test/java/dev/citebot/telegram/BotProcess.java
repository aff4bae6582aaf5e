package dev.citebot.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@code java -jar target/citebot.jar} as the Telegram bot, the way an operator runs it: in {@code dir},
 * with only the bot's token, the Bot API URL and the database set (every other {@code TELEGRAM_}/{@code CITEBOT_}
 * variable of the test's environment removed), output and errors into {@code log}. Runs after {@code package}.
 */
final class BotProcess {
    private static final Path JAR = Path.of("target", "citebot.jar");

    private BotProcess() {
    }

    static Process start(Path dir, Path db, Path log, String token, FakeBotApi api) throws IOException {
        return start(dir, db, log, token, api, Map.of());
    }

    /** As above, with {@code extraEnv} added to the environment (after the others are removed). */
    static Process start(Path dir, Path db, Path log, String token, FakeBotApi api, Map<String, String> extraEnv)
            throws IOException {
        assertThat(JAR).as("the jar built by mvn package").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("CITEBOT_"));
        env.put("TELEGRAM_BOT_TOKEN", token);
        env.put("TELEGRAM_API_URL", api.url().toString());
        env.put("CITEBOT_DB", db.toString());
        env.putAll(extraEnv);
        return builder.start();
    }
}
