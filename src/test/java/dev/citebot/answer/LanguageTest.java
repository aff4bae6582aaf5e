package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {
    @Test
    void questionsMostlyInAnotherScriptAreNotRead() {
        assertThat(Language.readable("Что сказал мэр о мосте?")).isFalse();
        assertThat(Language.readable("市长说了什么？")).isFalse();
        assertThat(Language.readable("Что сказал Mayor Brandt?")).isFalse();
    }

    @Test
    void englishWithAccentsOrForeignNamesIsRead() {
        assertThat(Language.readable("What did Zoë Müller say about the bridge?")).isTrue();
        assertThat(Language.readable("What did Мэр Brandt tell the council on Monday?")).isTrue();
        assertThat(Language.readable("1973?")).isTrue();
    }
}
