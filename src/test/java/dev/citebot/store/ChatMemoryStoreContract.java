package dev.citebot.store;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the LangChain4j {@link ChatMemoryStore} of every backend does; a backend runs it by a subclass that opens its
 * {@link StoreBackend}.
 */
public abstract class ChatMemoryStoreContract {
    private static final List<ChatMessage> TALK = List.of(SystemMessage.from("Quote the articles."),
            UserMessage.from("What did the harbour master say?"), AiMessage.from("“We are back in business.”"));

    @TempDir
    Path dir;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @Test
    void aChatNeverStoredHasNoMessages() {
        try (StoreBackend backend = open(dir)) {
            assertThat(backend.chatMemory().getMessages("telegram:1")).isEmpty();
        }
    }

    @Test
    void messagesComeBackInOrderAndAnUpdateReplacesThemAll() {
        try (StoreBackend backend = open(dir)) {
            ChatMemoryStore memory = backend.chatMemory();
            memory.updateMessages("telegram:1", TALK);
            assertThat(memory.getMessages("telegram:1")).isEqualTo(TALK);

            List<ChatMessage> shorter = List.of(UserMessage.from("And then?"));
            memory.updateMessages("telegram:1", shorter);
            assertThat(memory.getMessages("telegram:1")).isEqualTo(shorter);
        }
    }

    @Test
    void deletingForgetsOneChatOnly() {
        try (StoreBackend backend = open(dir)) {
            ChatMemoryStore memory = backend.chatMemory();
            memory.updateMessages("a", TALK);
            memory.updateMessages("b", TALK);

            memory.deleteMessages("a");

            assertThat(memory.getMessages("a")).isEmpty();
            assertThat(memory.getMessages("b")).isEqualTo(TALK);
        }
    }

    @Test
    void messagesSurviveAReopen() {
        StoreBackend backend = open(dir);
        backend.chatMemory().updateMessages("console:7", TALK);
        try (StoreBackend reopened = backend.reopen()) {
            assertThat(reopened.chatMemory().getMessages("console:7")).isEqualTo(TALK);
        }
    }
}
