package dev.citebot.chat;

import dev.citebot.article.Scope;

/**
 * Answers the questions of conversations. Each chat has its own bounded memory, kept in the database so that
 * it survives restarts; a follow-up ("what else did he say?") is rewritten into a standalone question from
 * that memory before retrieval. Implementations are safe to call from several threads for different chats.
 */
public interface ChatAnswerer {

    /**
     * Answers {@code question} and remembers the turn in chat {@code chatId}.
     *
     * @param chatId the conversation, e.g. {@code "telegram:42"}; {@code null} for a one-off question that
     *               neither reads nor writes any memory
     * @throws IllegalArgumentException for an empty question
     */
    ChatAnswer answer(String chatId, String question, Scope scope);

    /** Starts chat {@code chatId} afresh: its memory is deleted. */
    void forget(String chatId);
}
