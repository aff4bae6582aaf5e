package dev.citebot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresSettingsTest {
    private static final String PASSWORD = "s3cr-et:pw";

    @TempDir
    Path dir;

    @Test
    void aPostgresqlUrlSelectsPostgresWithTheDefaultPort() {
        Config c = load(Map.of("CITEBOT_DB", "postgresql://citebot@db.internal/library"));

        assertThat(c.postgres()).contains(new PostgresSettings("db.internal", 5432, "library", "citebot",
                Optional.empty()));
    }

    @Test
    void aPathStillSelectsH2() {
        Config c = load(Map.of("CITEBOT_DB", "./data/other"));

        assertThat(c.postgres()).isEmpty();
        assertThat(c.database()).isEqualTo(Path.of("./data/other"));
    }

    @Test
    void thePasswordVariableWinsOverTheUrlAndNeitherIsShown() {
        Config fromUrl = load(Map.of("CITEBOT_DB", "postgresql://bot:s3cr-et%3Apw@127.0.0.1:6543/citebot"));
        Config fromVariable = load(Map.of("CITEBOT_DB", "postgresql://bot:other@127.0.0.1:6543/citebot",
                "CITEBOT_DB_PASSWORD", PASSWORD));

        for (Config c : new Config[]{fromUrl, fromVariable}) {
            PostgresSettings pg = c.postgres().orElseThrow();
            assertThat(pg.password()).get().extracting(Secret::reveal).isEqualTo(PASSWORD);
            assertThat(pg.port()).isEqualTo(6543);
            assertThat(c.toString()).contains("postgresql://bot@127.0.0.1:6543/citebot").doesNotContain(PASSWORD)
                    .doesNotContain("s3cr");
            assertThat(pg.describe()).doesNotContain("s3cr");
            assertThat(pg.redact("auth failed for " + PASSWORD)).isEqualTo("auth failed for ****");
        }
    }

    @Test
    void everyProblemOfTheUrlIsReportedAtOnceWithoutThePassword() {
        Map<String, String> vars = Map.of("CITEBOT_DB", "postgresql://:s3cr-et@/", "TELEGRAM_API_URL", "ftp://x");

        assertThatThrownBy(() -> load(vars)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problems()).hasSize(4).anyMatch(p -> p.contains("no host"))
                    .anyMatch(p -> p.contains("no user")).anyMatch(p -> p.contains("no database"));
            assertThat(e.getMessage()).doesNotContain("s3cr");
        });
    }

    @Test
    void parametersAreRefused() {
        assertThatThrownBy(() -> load(Map.of("CITEBOT_DB", "postgresql://u@h/db?sslmode=disable")))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("?parameters"));
    }

    private Config load(Map<String, String> vars) {
        return new ConfigLoader(vars, dir.resolve(".env")).load();
    }
}
