package dev.citebot.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link LlmSettings} from merged configuration values, adding every problem to a shared list so that
 * {@link ConfigLoader} can report them together. Messages name variables, never the API key's value.
 */
final class LlmSettingsReader {
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private final Map<String, String> values;
    private final List<String> problems;

    LlmSettingsReader(Map<String, String> values, List<String> problems) {
        this.values = values;
        this.problems = problems;
    }

    /** @return the settings, or {@code null} when a problem was recorded */
    LlmSettings read() {
        Optional<LlmSettings.Provider> provider = provider();
        Duration timeout = timeout();
        Optional<Path> prompts = promptsDir();
        if (provider.isEmpty() || timeout == null || prompts == null) {
            return null;
        }
        LlmSettings settings = switch (provider.get()) {
            case NONE -> LlmSettings.NONE;
            case OPENAI -> openAi(timeout);
            case OLLAMA -> ollama(timeout);
        };
        return settings == null ? null
                : new LlmSettings(settings.provider(), settings.baseUrl(), settings.apiKey(), settings.model(), timeout,
                prompts);
    }

    private Optional<LlmSettings.Provider> provider() {
        String raw = values.getOrDefault(Config.CITEBOT_LLM, "none").strip().toLowerCase(Locale.ROOT);
        for (LlmSettings.Provider p : LlmSettings.Provider.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(raw)) {
                return Optional.of(p);
            }
        }
        problems.add(Config.CITEBOT_LLM + " must be none, openai or ollama");
        return Optional.empty();
    }

    private LlmSettings openAi(Duration timeout) {
        URI base = baseUrl(Config.OPENAI_BASE_URL, Config.DEFAULT_OPENAI_BASE_URL);
        Optional<Secret> key = Optional.ofNullable(values.get(Config.OPENAI_API_KEY))
                .map(String::strip).map(Secret::new);
        if (base != null && key.isEmpty() && "api.openai.com".equals(base.getHost())) {
            problems.add(Config.OPENAI_API_KEY + " is needed for " + base
                    + " (servers such as llama.cpp, vLLM or LM Studio may run without one: set "
                    + Config.OPENAI_BASE_URL + ")");
            return null;
        }
        String model = values.getOrDefault(Config.OPENAI_MODEL, Config.DEFAULT_OPENAI_MODEL).strip();
        return base == null ? null : LlmSettings.openAi(base, key, model, timeout);
    }

    private LlmSettings ollama(Duration timeout) {
        URI base = baseUrl(Config.OLLAMA_BASE_URL, Config.DEFAULT_OLLAMA_BASE_URL);
        String model = values.getOrDefault(Config.OLLAMA_MODEL, Config.DEFAULT_OLLAMA_MODEL).strip();
        return base == null ? null : LlmSettings.ollama(base, model, timeout);
    }

    private URI baseUrl(String variable, String fallback) {
        try {
            URI uri = new URI(values.getOrDefault(variable, fallback).strip().replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(variable + " must be an http(s) URL, e.g. " + fallback);
        return null;
    }

    /** A positive number of seconds, decimals allowed ({@code 20}, {@code 0.5}), at most ten minutes. */
    private Duration timeout() {
        String raw = values.get(Config.CITEBOT_LLM_TIMEOUT);
        if (raw == null) {
            return LlmSettings.DEFAULT_TIMEOUT;
        }
        try {
            long millis = new BigDecimal(raw.strip().replaceAll("s$", "")).movePointRight(3).longValueExact();
            Duration d = Duration.ofMillis(millis);
            if (millis > 0 && d.compareTo(MAX_TIMEOUT) <= 0) {
                return d;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        problems.add(Config.CITEBOT_LLM_TIMEOUT + " must be a number of seconds between 0.001 and 600, e.g. 20");
        return null;
    }

    /** @return empty for the bundled prompts, {@code null} after recording a problem */
    private Optional<Path> promptsDir() {
        String raw = values.get(Config.CITEBOT_PROMPTS_DIR);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            Path dir = Path.of(raw.strip());
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
            problems.add(Config.CITEBOT_PROMPTS_DIR + " is not a directory: " + dir);
        } catch (InvalidPathException e) {
            problems.add(Config.CITEBOT_PROMPTS_DIR + " is not a valid path: " + e.getReason());
        }
        return null;
    }
}
