package dev.citebot.chat;

import dev.citebot.article.Passages;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The memories of all chats: for each, a LangChain4j {@link MessageWindowChatMemory} of the last
 * {@link #MAX_MESSAGES} messages over a persistent {@link ChatMemoryStore}. A turn is stored as the user's
 * question and the answer's text; the answer's message also carries, as attributes, the speaker and article of
 * its first quote, which is what extractive follow-ups resolve pronouns to.
 */
public final class Conversations {
    public static final int MAX_MESSAGES = 10;
    static final String SPEAKER = "speaker";
    static final String ARTICLE_ID = Passages.ARTICLE_ID;

    private final ChatMemoryStore store;

    public Conversations(ChatMemoryStore store) {
        this.store = store;
    }

    /** The remembered messages of {@code chatId}, oldest first; none for a {@code null} chat. */
    public List<ChatMessage> history(String chatId) {
        return chatId == null ? List.of() : memory(chatId).messages();
    }

    /** Remembers one turn of {@code chatId}; does nothing for a {@code null} chat. */
    public void record(String chatId, String question, Answer answer) {
        if (chatId == null) {
            return;
        }
        ChatMemory memory = memory(chatId);
        memory.add(UserMessage.from(question));
        memory.add(AiMessage.builder().text(answer.text()).attributes(attributes(answer)).build());
    }

    public void forget(String chatId) {
        store.deleteMessages(chatId);
    }

    private ChatMemory memory(String chatId) {
        return MessageWindowChatMemory.builder().id(chatId).maxMessages(MAX_MESSAGES).chatMemoryStore(store).build();
    }

    private static Map<String, Object> attributes(Answer answer) {
        Map<String, Object> out = new HashMap<>();
        if (answer.answered() && !answer.quotes().isEmpty()) {
            Quote first = answer.quotes().get(0);
            if (first.speaker() != null) {
                out.put(SPEAKER, first.speaker());
            }
            out.put(ARTICLE_ID, first.articleId());
        }
        return out;
    }
}
