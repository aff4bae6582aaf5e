package dev.citebot;

import dev.citebot.config.Config;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Builds real {@link App}s on a database in a test's temporary folder. */
public final class TestApps {
    private TestApps() {
    }

    public static Config config(Path dir) {
        return new Config(Optional.empty(), URI.create(Config.DEFAULT_TELEGRAM_API_URL), dir.resolve("citebot"));
    }

    public static App open(Path dir, EmbeddingModel model) {
        return new App(config(dir), model);
    }
}
