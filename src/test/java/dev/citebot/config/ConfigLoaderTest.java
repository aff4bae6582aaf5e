package dev.citebot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private static final String TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn";

    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Config c = new ConfigLoader(Map.of(), dir.resolve(".env")).load();

        assertThat(c.telegramToken()).isEmpty();
        assertThat(c.telegramApiUrl()).hasToString(Config.DEFAULT_TELEGRAM_API_URL);
        assertThat(c.database()).isEqualTo(Path.of(Config.DEFAULT_DB));
    }

    @Test
    void environmentOverridesDotEnvWhichOverridesDefaults() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, """
                # comment
                export CITEBOT_DB="/tmp/from-dotenv"
                TELEGRAM_API_URL=http://127.0.0.1:8081  # local server
                """);

        Config c = new ConfigLoader(Map.of("CITEBOT_DB", "/tmp/from-env"), env).load();

        assertThat(c.database()).isEqualTo(Path.of("/tmp/from-env"));
        assertThat(c.telegramApiUrl()).hasToString("http://127.0.0.1:8081");
    }

    @Test
    void reportsAllProblemsAtOnceWithoutEchoingTheToken() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, "this line has no equals sign\n");
        Map<String, String> vars = Map.of("TELEGRAM_BOT_TOKEN", "not-a-token-" + TOKEN.substring(0, 12),
                "TELEGRAM_API_URL", "ftp://example");

        assertThatThrownBy(() -> new ConfigLoader(vars, env).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.getMessage()).doesNotContain(TOKEN.substring(0, 12));
                });
    }

    @Test
    void theTokenNeverAppearsInToString() {
        Config c = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), dir.resolve(".env")).load();

        assertThat(c.telegramToken()).get().extracting(Secret::reveal).isEqualTo(TOKEN);
        assertThat(c.toString()).doesNotContain(TOKEN).contains("set");
        assertThat(c.telegramToken().get().toString()).doesNotContain(TOKEN);
        assertThat(c.telegramToken().get().redact("GET /bot" + TOKEN + "/getMe")).isEqualTo("GET /bot****/getMe");
    }

    @Test
    void stripsTheH2SuffixFromTheDatabasePath() {
        Config c = new ConfigLoader(Map.of("CITEBOT_DB", "data/x.mv.db"), dir.resolve(".env")).load();

        assertThat(c.database()).isEqualTo(Path.of("data/x"));
    }
}
