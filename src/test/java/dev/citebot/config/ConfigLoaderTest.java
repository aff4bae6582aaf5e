package dev.citebot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private static final String TOKEN = "123456789:" + "AAFakeTokenForTestsOnly_abcdefghijklmn";

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

    @Test
    void readsTheLibrarySettingsAndReportsBadOnes() {
        Config c = new ConfigLoader(Map.of("CITEBOT_ADMINS", "12345, 678", "CITEBOT_OPEN_LIBRARY", "true",
                "CITEBOT_FETCH_ALLOW_LOOPBACK", "TRUE", "CITEBOT_ADDS_PER_HOUR", "3"), dir.resolve(".env")).load();

        assertThat(c.library()).isEqualTo(new LibrarySettings(java.util.Set.of(12345L, 678L), true, true, 3));
        assertThat(new ConfigLoader(Map.of(), dir.resolve(".env")).load().library()).isEqualTo(LibrarySettings.DEFAULT);
        assertThatThrownBy(() -> new ConfigLoader(Map.of("CITEBOT_ADMINS", "ann", "CITEBOT_OPEN_LIBRARY", "maybe",
                "CITEBOT_ADDS_PER_HOUR", "0"), dir.resolve(".env")).load())
                .hasMessageContaining("CITEBOT_ADMINS must be comma-separated Telegram user ids")
                .hasMessageContaining("CITEBOT_OPEN_LIBRARY must be true or false")
                .hasMessageContaining("CITEBOT_ADDS_PER_HOUR must be a whole number of at least 1");
    }

    @Test
    void withoutCitebotLlmAnswersAreExtractive() {
        Config c = new ConfigLoader(Map.of("OPENAI_API_KEY", "sk-unused"), dir.resolve(".env")).load();

        assertThat(c.llm()).isEqualTo(LlmSettings.NONE);
        assertThat(c.llm().enabled()).isFalse();
    }

    @Test
    void readsAnOpenAiCompatibleServer() throws IOException {
        Path prompts = Files.createDirectory(dir.resolve("prompts"));
        Config c = new ConfigLoader(Map.of("CITEBOT_LLM", "OpenAI", "OPENAI_BASE_URL", "http://127.0.0.1:8080/v1/",
                "OPENAI_API_KEY", "sk-abc", "OPENAI_MODEL", "qwen2.5", "CITEBOT_LLM_TIMEOUT", "2.5",
                "CITEBOT_PROMPTS_DIR", prompts.toString()), dir.resolve(".env")).load();

        assertThat(c.llm().provider()).isEqualTo(LlmSettings.Provider.OPENAI);
        assertThat(c.llm().baseUrl()).hasToString("http://127.0.0.1:8080/v1");
        assertThat(c.llm().apiKey()).get().extracting(Secret::reveal).isEqualTo("sk-abc");
        assertThat(c.llm().model()).isEqualTo("qwen2.5");
        assertThat(c.llm().timeout()).isEqualTo(java.time.Duration.ofMillis(2500));
        assertThat(c.llm().promptsDir()).contains(prompts);
    }

    @Test
    void readsAnOllamaServerWithDefaults() {
        Config c = new ConfigLoader(Map.of("CITEBOT_LLM", "ollama"), dir.resolve(".env")).load();

        assertThat(c.llm().provider()).isEqualTo(LlmSettings.Provider.OLLAMA);
        assertThat(c.llm().baseUrl()).hasToString(Config.DEFAULT_OLLAMA_BASE_URL);
        assertThat(c.llm().model()).isEqualTo(Config.DEFAULT_OLLAMA_MODEL);
        assertThat(c.llm().timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
        assertThat(c.llm().apiKey()).isEmpty();
    }

    @Test
    void theOpenAiServiceNeedsAKeyButALocalServerDoesNot() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("CITEBOT_LLM", "openai"), dir.resolve(".env")).load())
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("OPENAI_API_KEY"));
        Config local = new ConfigLoader(Map.of("CITEBOT_LLM", "openai", "OPENAI_BASE_URL", "http://localhost:8000/v1"),
                dir.resolve(".env")).load();
        assertThat(local.llm().apiKey()).isEmpty();
    }

    @Test
    void reportsEveryLlmProblemAtOnce() {
        Map<String, String> vars = Map.of("CITEBOT_LLM", "gpt", "CITEBOT_LLM_TIMEOUT", "soon",
                "CITEBOT_PROMPTS_DIR", dir.resolve("missing").toString(), "TELEGRAM_API_URL", "ftp://example");

        assertThatThrownBy(() -> new ConfigLoader(vars, dir.resolve(".env")).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(4)
                        .anyMatch(p -> p.startsWith("CITEBOT_LLM "))
                        .anyMatch(p -> p.startsWith("CITEBOT_LLM_TIMEOUT"))
                        .anyMatch(p -> p.startsWith("CITEBOT_PROMPTS_DIR"))
                        .anyMatch(p -> p.startsWith("TELEGRAM_API_URL")));
        assertThatThrownBy(() -> new ConfigLoader(Map.of("CITEBOT_LLM", "ollama", "OLLAMA_BASE_URL", "localhost"),
                dir.resolve(".env")).load()).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).singleElement().asString().startsWith("OLLAMA_BASE_URL"));
    }

    @Test
    void theApiKeyNeverAppearsInToString() {
        String key = "sk-live-0123456789abcdefghij";
        Config c = new ConfigLoader(Map.of("CITEBOT_LLM", "openai", "OPENAI_API_KEY", key), dir.resolve(".env")).load();

        assertThat(c.toString()).doesNotContain(key).contains("apiKey=set").contains("gpt-4o-mini");
        assertThat(c.llm().toString()).doesNotContain(key);
    }

    @Test
    void withoutAWebhookUrlTheBotLongPollsAsTheHostsInstanceWithA30SecondLease() {
        Config c = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), dir.resolve(".env")).load();
        assertThat(c.webhook()).isEmpty();
        assertThat(c.instance().lease()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(c.instance().id()).isNotBlank().doesNotEndWith("-8443");
    }

    @Test
    void readsWebhookModeAndTheInstanceAndNeverShowsTheSecret() {
        Config c = new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "CITEBOT_WEBHOOK_URL", "https://bot.example.org/tg/hook", "CITEBOT_WEBHOOK_PORT", "9001",
                "CITEBOT_WEBHOOK_SECRET", "my-Secret_42", "CITEBOT_INSTANCE", "node-a", "CITEBOT_INBOX_LEASE", "12"),
                dir.resolve(".env")).load();
        WebhookSettings hook = c.webhook().orElseThrow();
        assertThat(hook.url()).hasToString("https://bot.example.org/tg/hook");
        assertThat(hook.path()).isEqualTo("/tg/hook");
        assertThat(hook.port()).isEqualTo(9001);
        assertThat(hook.secret().reveal()).isEqualTo("my-Secret_42");
        assertThat(c.instance()).isEqualTo(new InstanceSettings("node-a", java.time.Duration.ofSeconds(12)));
        assertThat(c.toString()).doesNotContain("my-Secret_42").doesNotContain(TOKEN);
    }

    @Test
    void anUnsetWebhookSecretIsDerivedFromTheTokenTheSameOnEveryInstanceAndDefaultsFollowThePort() {
        Map<String, String> vars = Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "CITEBOT_WEBHOOK_URL", "https://bot.example.org");
        WebhookSettings one = new ConfigLoader(vars, dir.resolve(".env")).load().webhook().orElseThrow();
        WebhookSettings two = new ConfigLoader(vars, dir.resolve(".env")).load().webhook().orElseThrow();
        assertThat(one.secret()).isEqualTo(two.secret());
        assertThat(one.secret().reveal()).matches("[A-Za-z0-9_-]{43}").doesNotContain(TOKEN.substring(10, 20));
        assertThat(WebhookSettings.derivedSecret(new Secret(TOKEN.replace('A', 'B')))).isNotEqualTo(one.secret());
        assertThat(one.port()).isEqualTo(WebhookSettings.DEFAULT_PORT);
        assertThat(one.path()).isEqualTo("/");
        assertThat(new ConfigLoader(vars, dir.resolve(".env")).load().instance().id()).endsWith("-8443");
    }

    @Test
    void badWebhookSettingsAreReportedTogetherWithoutQuotingTheSecret() {
        Map<String, String> vars = Map.of("CITEBOT_WEBHOOK_URL", "http://bot.example.org/hook",
                "CITEBOT_WEBHOOK_PORT", "70000", "CITEBOT_WEBHOOK_SECRET", "has spaces and ! marks",
                "CITEBOT_INSTANCE", "a b", "CITEBOT_INBOX_LEASE", "1");
        assertThatThrownBy(() -> new ConfigLoader(vars, dir.resolve(".env")).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(6).anyMatch(p -> p.contains("CITEBOT_WEBHOOK_URL must be an https"))
                            .anyMatch(p -> p.contains("needs TELEGRAM_BOT_TOKEN"))
                            .anyMatch(p -> p.startsWith("CITEBOT_WEBHOOK_PORT"))
                            .anyMatch(p -> p.startsWith("CITEBOT_WEBHOOK_SECRET"))
                            .anyMatch(p -> p.startsWith("CITEBOT_INSTANCE"))
                            .anyMatch(p -> p.startsWith("CITEBOT_INBOX_LEASE"));
                    assertThat(e.getMessage()).doesNotContain("has spaces");
                });
        assertThatThrownBy(() -> new ConfigLoader(Map.of("CITEBOT_WEBHOOK_PORT", "9000"), dir.resolve(".env")).load())
                .hasMessageContaining("CITEBOT_WEBHOOK_PORT is set but CITEBOT_WEBHOOK_URL is not");
    }

    @Test
    void theWebhookListensOnEveryInterfaceUnlessAnAddressOfThisMachineIsGiven() {
        Map<String, String> vars = new java.util.HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "CITEBOT_WEBHOOK_URL", "https://bot.example.org/hook"));
        assertThat(new ConfigLoader(vars, dir.resolve(".env")).load().webhook().orElseThrow().host())
                .isEqualTo("0.0.0.0");
        for (String local : List.of("127.0.0.1", " 127.0.0.2 ", "::1", "0.0.0.0")) {
            vars.put("CITEBOT_WEBHOOK_HOST", local);
            assertThat(new ConfigLoader(vars, dir.resolve(".env")).load().webhook().orElseThrow().host())
                    .isEqualTo(local.strip());
        }
        for (String bad : List.of("localhost", "192.0.2.1", "999.0.0.1", "127.0.0")) {
            vars.put("CITEBOT_WEBHOOK_HOST", bad);
            assertThatThrownBy(() -> new ConfigLoader(vars, dir.resolve(".env")).load()).as(bad)
                    .hasMessageContaining("CITEBOT_WEBHOOK_HOST must be an IP address of this machine");
        }
        assertThatThrownBy(() -> new ConfigLoader(Map.of("CITEBOT_WEBHOOK_HOST", "127.0.0.1"), dir.resolve(".env"))
                .load()).hasMessageContaining("CITEBOT_WEBHOOK_HOST is set but CITEBOT_WEBHOOK_URL is not");
    }

    @Test
    void theEmbeddingModelIsMiniLmUnlessTheSettingNamesBgeSmall() throws IOException {
        Path env = dir.resolve(".env");
        assertThat(new ConfigLoader(Map.of(), env).load().embedding()).isEqualTo(EmbeddingChoice.MINILM);
        assertThat(new ConfigLoader(Map.of(), env).embeddingOrDefault()).isEqualTo(EmbeddingChoice.MINILM);

        Files.writeString(env, "CITEBOT_EMBEDDING_MODEL= BGE-Small \n");
        assertThat(new ConfigLoader(Map.of(), env).load().embedding()).isEqualTo(EmbeddingChoice.BGE_SMALL);
        assertThat(new ConfigLoader(Map.of(), env).embeddingOrDefault()).isEqualTo(EmbeddingChoice.BGE_SMALL);
        assertThat(new ConfigLoader(Map.of("CITEBOT_EMBEDDING_MODEL", "minilm"), env).load().embedding())
                .isEqualTo(EmbeddingChoice.MINILM);
    }

    @Test
    void theDatabaseFolderIsTheH2FilesOrTheDefaultOnesAndNeverAnError() throws IOException {
        Path env = dir.resolve(".env");
        Path defaultFolder = Path.of(Config.DEFAULT_DB).toAbsolutePath().getParent();
        assertThat(new ConfigLoader(Map.of(), env).databaseFolderOrDefault()).isEqualTo(defaultFolder);
        assertThat(new ConfigLoader(Map.of("CITEBOT_DB", dir.resolve("kept/news.mv.db").toString()), env)
                .databaseFolderOrDefault()).isEqualTo(dir.resolve("kept"));
        assertThat(new ConfigLoader(Map.of("CITEBOT_DB", "postgresql://citebot@db.example:5432/news"), env)
                .databaseFolderOrDefault()).isEqualTo(defaultFolder);
        assertThat(new ConfigLoader(Map.of("CITEBOT_DB", "bad\0path"), env).databaseFolderOrDefault())
                .isEqualTo(defaultFolder);

        Files.writeString(env, "CITEBOT_DB=" + dir.resolve("from-env-file/citebot") + "\n");
        assertThat(new ConfigLoader(Map.of(), env).databaseFolderOrDefault()).isEqualTo(dir.resolve("from-env-file"));
        assertThat(new ConfigLoader(Map.of(), env).load().databaseFolder()).isEqualTo(dir.resolve("from-env-file"));
    }

    @Test
    void anUnknownEmbeddingModelIsReportedWithTheChoices() {
        Map<String, String> vars = Map.of("CITEBOT_EMBEDDING_MODEL", "bge-large");

        assertThatThrownBy(() -> new ConfigLoader(vars, dir.resolve(".env")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("CITEBOT_EMBEDDING_MODEL must be minilm or bge-small, not \"bge-large\"");
        assertThat(new ConfigLoader(vars, dir.resolve(".env")).embeddingOrDefault())
                .isEqualTo(EmbeddingChoice.MINILM);
    }
}
