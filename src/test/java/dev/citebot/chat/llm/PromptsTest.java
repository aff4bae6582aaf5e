package dev.citebot.chat.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptsTest {
    @TempDir
    Path dir;

    @Test
    void theBundledPromptsAskForQuotedMarkersAndTheQuestionsLanguage() {
        Prompts p = Prompts.load(Optional.empty());

        assertThat(p.system()).contains("double quotes").contains("[2]").contains("language of the question");
        assertThat(p.answer().template()).contains("{{passages}}").contains("{{question}}");
        assertThat(p.rewrite().apply(Map.of("chatMemory", "User: What did Ann Lee say?", "query", "And she?")).text())
                .contains("User: What did Ann Lee say?").contains("And she?");
    }

    @Test
    void aFileInTheOverrideDirectoryReplacesOnlyItsNamesake() throws IOException {
        Files.writeString(dir.resolve(Prompts.SYSTEM), "Answer like a pirate.\n");

        Prompts p = Prompts.load(Optional.of(dir));

        assertThat(p.system()).isEqualTo("Answer like a pirate.");
        assertThat(p.answer().template()).isEqualTo(Prompts.load(Optional.empty()).answer().template());
    }

    @Test
    void aTemplateWithoutItsVariablesIsRefused() throws IOException {
        Files.writeString(dir.resolve(Prompts.ANSWER), "Question: {{question}}");

        assertThatThrownBy(() -> Prompts.load(Optional.of(dir)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{passages}}");
    }
}
