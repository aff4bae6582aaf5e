package dev.citebot;

import dev.citebot.config.Config;
import dev.citebot.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start that fails after the database opened gives the database back: the same process can open it again (H2
 * refuses a second session of one process, so a leaked one would refuse every later start with "already open").
 */
class AppStartFailureIT {
    @TempDir
    Path dir;

    @Test
    void aStartThatFailsAfterOpeningTheDatabaseClosesIt() throws IOException {
        Path prompts = Files.createDirectory(dir.resolve("prompts"));
        Files.writeString(prompts.resolve("answer.txt"), "Answer the question.");
        Config broken = config(Map.of("CITEBOT_LLM", "openai", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1",
                "OPENAI_API_KEY", "sk-test", "OPENAI_MODEL", "test", "CITEBOT_PROMPTS_DIR", prompts.toString()));

        assertThatThrownBy(() -> new App(broken)).hasMessageContaining("prompt answer.txt must contain");

        try (App app = new App(config(Map.of()))) {
            assertThat(app.articles().list()).hasSize(1);
        }
    }

    private Config config(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        env.put(Config.CITEBOT_DB, dir.resolve("db/citebot").toString());
        return new ConfigLoader(env, dir.resolve(".env")).load();
    }
}
