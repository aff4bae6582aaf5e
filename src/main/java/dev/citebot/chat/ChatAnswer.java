package dev.citebot.chat;

import dev.citebot.answer.Answer;

import java.util.List;
import java.util.Optional;

/**
 * One answer in a conversation.
 *
 * @param answer     what the user sees; {@code answer.mode()} is {@code "llm"} when the model wrote it (its text is
 *                   then {@link ModelAnswer#text()} and its quotes the verified spans) and {@code "extractive"}
 *                   otherwise
 * @param standalone the question retrieval actually used: the follow-up rewritten from memory, or the question
 * @param byModel    what the model wrote, as data, when it wrote the answer; empty for an extractive answer,
 *                   fallbacks included
 */
public record ChatAnswer(Answer answer, String standalone, Optional<ModelAnswer> byModel) {

    static ChatAnswer extractive(Answer answer, String standalone) {
        return new ChatAnswer(answer, standalone, Optional.empty());
    }

    /** The model that wrote the answer; empty for an extractive answer. */
    public Optional<String> model() {
        return byModel.map(ModelAnswer::model);
    }

    /** Quotations the model wrote that are in none of the retrieved passages; empty for an extractive answer. */
    public List<RejectedQuote> rejected() {
        return byModel.map(ModelAnswer::rejected).orElse(List.of());
    }
}
