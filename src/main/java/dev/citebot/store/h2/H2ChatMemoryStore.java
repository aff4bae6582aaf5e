package dev.citebot.store.h2;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A LangChain4j {@link ChatMemoryStore} in the citebot database (table {@code chat_memory}, migration 4): one
 * row per chat holding its messages as LangChain4j JSON. Each call is one statement, so a chat's memory is
 * always a whole list.
 */
public final class H2ChatMemoryStore implements ChatMemoryStore {
    private final Database database;

    public H2ChatMemoryStore(Database database) {
        this.database = database;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        String json = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT messages FROM chat_memory WHERE chat_id = ?")) {
                ps.setString(1, id(memoryId));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return json == null ? List.of() : ChatMessageDeserializer.messagesFromJson(json);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String json = ChatMessageSerializer.messagesToJson(messages);
        database.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "MERGE INTO chat_memory(chat_id, messages, updated_at) KEY(chat_id) VALUES (?, ?, ?)")) {
                ps.setString(1, id(memoryId));
                ps.setString(2, json);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void deleteMessages(Object memoryId) {
        database.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM chat_memory WHERE chat_id = ?")) {
                ps.setString(1, id(memoryId));
                return ps.executeUpdate();
            }
        });
    }

    private static String id(Object memoryId) {
        String id = String.valueOf(memoryId);
        if (id.isEmpty() || id.length() > 200) {
            throw new IllegalArgumentException("a chat id has 1 to 200 characters");
        }
        return id;
    }
}
