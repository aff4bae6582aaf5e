package dev.citebot.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds {@link Config} from, in order of precedence, environment variables, a {@code .env} file in the
 * working directory, and defaults. All problems are collected and reported together in one
 * {@link ConfigException}; messages name the variable but never echo a secret's value.
 */
public final class ConfigLoader {
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{5,12}:[A-Za-z0-9_-]{30,}");

    private final Map<String, String> environment;
    private final Path dotEnv;

    public ConfigLoader(Map<String, String> environment, Path dotEnv) {
        this.environment = Map.copyOf(environment);
        this.dotEnv = dotEnv;
    }

    public Config load() {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = merged(problems);
        Optional<Secret> token = token(values.get(Config.TELEGRAM_BOT_TOKEN), problems);
        URI api = apiUrl(values.getOrDefault(Config.TELEGRAM_API_URL, Config.DEFAULT_TELEGRAM_API_URL), problems);
        String rawDb = values.getOrDefault(Config.CITEBOT_DB, Config.DEFAULT_DB);
        Optional<PostgresSettings> postgres = postgres(rawDb, values, problems);
        Path db = PostgresSettings.isPostgres(rawDb) ? Path.of(Config.DEFAULT_DB) : database(rawDb, problems);
        LlmSettings llm = new LlmSettingsReader(values, problems).read();
        LibrarySettings library = LibrarySettings.read(values, problems);
        Optional<WebhookSettings> webhook = WebhookSettings.read(values, token, problems);
        InstanceSettings instance = InstanceSettings.read(values, webhook.map(WebhookSettings::port).orElse(null),
                problems);
        EmbeddingChoice embedding = embedding(values.get(Config.CITEBOT_EMBEDDING_MODEL), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Config(token, api, db, llm, library, webhook, instance, postgres, embedding);
    }

    /**
     * Reads a {@code postgresql://user[:password]@host[:port]/database} URL given as {@code where} (e.g. a command
     * line option) as {@code CITEBOT_DB} would be read: {@code CITEBOT_DB_PASSWORD}, from the environment or the
     * {@code .env} file, wins over a password in the URL.
     *
     * @throws ConfigException if the URL is not such a URL; the message never quotes it
     */
    public PostgresSettings postgres(String where, String url) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = merged(problems);
        Optional<Secret> password = Optional.ofNullable(values.get(Config.CITEBOT_DB_PASSWORD)).map(Secret::new);
        if (!PostgresSettings.isPostgres(url)) {
            problems.add(where + " must be a postgresql://user@host:port/database URL");
        }
        Optional<PostgresSettings> settings = problems.isEmpty()
                ? PostgresSettings.parse(where, url, password, problems) : Optional.empty();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings.orElseThrow();
    }

    /**
     * The embedding model the settings name, or the default when they name none or an unknown one; never throws.
     * For a start that loads the model before it reads the rest of the settings: {@link #load} reports a bad value.
     */
    public EmbeddingChoice embeddingOrDefault() {
        String raw = merged(new ArrayList<>()).get(Config.CITEBOT_EMBEDDING_MODEL);
        return raw == null ? EmbeddingChoice.DEFAULT : EmbeddingChoice.parse(raw).orElse(EmbeddingChoice.DEFAULT);
    }

    /**
     * The folder of the H2 file the settings name (for a PostgreSQL database, of the default H2 file, where that
     * database's local copies go too), or of the default file when the setting is not a path; never throws. For a
     * start that copies the model there before it reads the rest of the settings: {@link #load} reports a bad value.
     */
    public Path databaseFolderOrDefault() {
        String raw = merged(new ArrayList<>()).getOrDefault(Config.CITEBOT_DB, Config.DEFAULT_DB);
        Path db = PostgresSettings.isPostgres(raw) ? null : database(raw, new ArrayList<>());
        return Config.folderOf(db == null ? Path.of(Config.DEFAULT_DB) : db);
    }

    private static EmbeddingChoice embedding(String raw, List<String> problems) {
        if (raw == null) {
            return EmbeddingChoice.DEFAULT;
        }
        Optional<EmbeddingChoice> choice = EmbeddingChoice.parse(raw);
        if (choice.isEmpty()) {
            problems.add(Config.CITEBOT_EMBEDDING_MODEL + " must be " + EmbeddingChoice.settings() + ", not \"" + raw.strip()
                    + "\"");
        }
        return choice.orElse(null);
    }

    private Map<String, String> merged(List<String> problems) {
        Map<String, String> values = new HashMap<>(DotEnv.read(dotEnv, problems));
        environment.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v);
            }
        });
        values.values().removeIf(String::isBlank);
        return values;
    }

    private static Optional<Secret> token(String raw, List<String> problems) {
        if (raw == null) {
            return Optional.empty();
        }
        String token = raw.trim();
        if (!TOKEN_SHAPE.matcher(token).matches()) {
            problems.add(Config.TELEGRAM_BOT_TOKEN + " does not look like a bot token (expected digits:letters, as given by @BotFather)");
            return Optional.empty();
        }
        return Optional.of(new Secret(token));
    }

    private static URI apiUrl(String raw, List<String> problems) {
        try {
            URI uri = new URI(raw.trim().replaceAll("/+$", ""));
            boolean httpish = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (httpish && uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(Config.TELEGRAM_API_URL + " must have the form scheme://host[:port], e.g. http://127.0.0.1:8081");
        return null;
    }

    /** The PostgreSQL database {@code CITEBOT_DB} names, if it is a {@code postgresql://} URL. */
    private static Optional<PostgresSettings> postgres(String raw, Map<String, String> values,
                                                       List<String> problems) {
        if (!PostgresSettings.isPostgres(raw)) {
            return Optional.empty();
        }
        Optional<Secret> password = Optional.ofNullable(values.get(Config.CITEBOT_DB_PASSWORD)).map(Secret::new);
        return PostgresSettings.parse(raw, password, problems);
    }

    private static Path database(String raw, List<String> problems) {
        try {
            String path = raw.trim();
            if (path.endsWith(".mv.db")) {
                path = path.substring(0, path.length() - ".mv.db".length());
            }
            return Path.of(path);
        } catch (InvalidPathException e) {
            problems.add(Config.CITEBOT_DB + " is not a valid path: " + e.getReason());
            return null;
        }
    }

    /** Reads {@code KEY=value} lines; {@code #} starts a comment; values may be single- or double-quoted. */
    static final class DotEnv {
        private DotEnv() {
        }

        static Map<String, String> read(Path file, List<String> problems) {
            Map<String, String> values = new HashMap<>();
            if (file == null || !Files.isRegularFile(file)) {
                return values;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                return values;
            }
            for (int i = 0; i < lines.size(); i++) {
                parseLine(lines.get(i).strip(), file + ":" + (i + 1), values, problems);
            }
            return values;
        }

        private static void parseLine(String line, String where, Map<String, String> values, List<String> problems) {
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(where + ": expected KEY=value");
                return;
            }
            values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }

        private static String unquote(String v) {
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
                return v.substring(1, v.length() - 1);
            }
            int hash = v.indexOf(" #");
            return hash >= 0 ? v.substring(0, hash).strip() : v;
        }
    }
}
