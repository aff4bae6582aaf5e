package dev.citebot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language model, if any, writes answers. With {@link Provider#NONE} citebot answers extractively and the
 * other fields are unused.
 *
 * @param baseUrl    the chosen provider's server ({@code OPENAI_BASE_URL} or {@code OLLAMA_BASE_URL})
 * @param apiKey     the OpenAI-compatible server's key; servers such as llama.cpp or vLLM may need none
 * @param model      the model name sent to the server
 * @param timeout    how long one model call may take before citebot answers extractively
 * @param promptsDir a directory whose prompt files replace the bundled ones of the same name
 */
public record LlmSettings(Provider provider, URI baseUrl, Optional<Secret> apiKey, String model, Duration timeout,
                          Optional<Path> promptsDir) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final LlmSettings NONE = new LlmSettings(Provider.NONE, null, Optional.empty(), null,
            DEFAULT_TIMEOUT, Optional.empty());

    /** Where answers come from: no model, an OpenAI-compatible server, or an Ollama server. */
    public enum Provider { NONE, OPENAI, OLLAMA }

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(promptsDir, "promptsDir");
        if (provider != Provider.NONE && (baseUrl == null || model == null || model.isBlank())) {
            throw new IllegalArgumentException(provider + " needs a base URL and a model name");
        }
    }

    public static LlmSettings openAi(URI baseUrl, Optional<Secret> apiKey, String model, Duration timeout) {
        return new LlmSettings(Provider.OPENAI, baseUrl, apiKey, model, timeout, Optional.empty());
    }

    public static LlmSettings ollama(URI baseUrl, String model, Duration timeout) {
        return new LlmSettings(Provider.OLLAMA, baseUrl, Optional.empty(), model, timeout, Optional.empty());
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    @Override
    public String toString() {
        if (!enabled()) {
            return "LlmSettings[none]";
        }
        return "LlmSettings[" + provider.name().toLowerCase(java.util.Locale.ROOT) + ", baseUrl=" + baseUrl
                + ", apiKey=" + apiKey.map(k -> "set").orElse("unset") + ", model=" + model + ", timeout=" + timeout
                + ", promptsDir=" + promptsDir.map(Path::toString).orElse("bundled") + "]";
    }
}
