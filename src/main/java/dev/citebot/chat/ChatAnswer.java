package dev.citebot.chat;

import dev.citebot.answer.Answer;

import java.util.List;
import java.util.Optional;

/**
 * One answer in a conversation.
 *
 * @param answer     what the user sees; {@code answer.mode()} is {@value LlmAnswerer#MODE} when the model wrote it
 *                   (its quotes then are the verified spans) and {@code "extractive"} otherwise
 * @param model      the model that wrote the answer; empty for an extractive answer, fallbacks included
 * @param standalone the question retrieval actually used: the follow-up rewritten from memory, or the question
 * @param rejected   quotations the model wrote that are in none of the retrieved passages, removed from the answer
 */
public record ChatAnswer(Answer answer, Optional<String> model, String standalone, List<RejectedQuote> rejected) {
    public ChatAnswer {
        rejected = List.copyOf(rejected);
    }

    static ChatAnswer extractive(Answer answer, String standalone) {
        return new ChatAnswer(answer, Optional.empty(), standalone, List.of());
    }
}
