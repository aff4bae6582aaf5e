package dev.citebot.telegram;

import dev.citebot.answer.Answer;
import dev.citebot.retrieve.Scope;

/** Answers one question about the articles in scope; in production, the core's {@code ExtractiveAnswerer}. */
@FunctionalInterface
public interface QuestionAnswerer {
    Answer answer(String question, Scope scope);
}
