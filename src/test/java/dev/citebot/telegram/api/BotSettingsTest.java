package dev.citebot.telegram.api;

import dev.citebot.telegram.TelegramBot;

import dev.citebot.config.Secret;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotSettingsTest {
    private static final Secret TOKEN = new Secret("123456:settings-test-token-abcdefghijklmnop");
    private static final URI API = URI.create("http://127.0.0.1:8081");

    @Test
    void defaultsAreTelegramsLimits() {
        BotSettings s = BotSettings.of(TOKEN, API);

        assertThat(s.messagesPerSecond()).isEqualTo(30);
        assertThat(s.groupMessagesPerMinute()).isEqualTo(20);
        assertThat(s.questionsPerSecond()).isEqualTo(1.0);
        assertThat(s.questionBurst()).isEqualTo(5);
        assertThat(s.maxQuestionLength()).isEqualTo(1_000);
        assertThat(s.examples()).hasSize(3);
    }

    @Test
    void toStringNeverShowsTheToken() {
        assertThat(BotSettings.of(TOKEN, API).toString()).doesNotContain(TOKEN.reveal())
                .doesNotContain("settings-test-token").contains("****");
    }

    @Test
    void nonPositiveLimitsAreRefusedWithoutShowingTheToken() {
        assertThatThrownBy(() -> new BotSettings(TOKEN, API, 0, Duration.ofSeconds(1), 10, 1, 1, 1, 1, List.of(),
                java.util.Optional.empty(), dev.citebot.config.InstanceSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(TOKEN.reveal());
    }

    @Test
    void theTelegramUrlCarriesSchemeHostAndDefaultPorts() {
        assertThat(TelegramBot.telegramUrl(URI.create("https://api.telegram.org")).getPort()).isEqualTo(443);
        assertThat(TelegramBot.telegramUrl(URI.create("http://bots.local")).getPort()).isEqualTo(80);
        assertThat(TelegramBot.telegramUrl(API).getSchema()).isEqualTo("http");
        assertThat(TelegramBot.telegramUrl(API).getHost()).isEqualTo("127.0.0.1");
        assertThat(TelegramBot.telegramUrl(API).getPort()).isEqualTo(8081);
    }
}
