package dev.citebot.chat;

import dev.citebot.answer.Answer;
import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.article.Scope;

/**
 * Conversations without a language model: follow-ups are rewritten by {@link PronounRewriter}, answers come
 * from the {@link ExtractiveAnswerer}. Also the fallback of {@link LlmAnswerer}.
 */
public final class ExtractiveChat implements ChatAnswerer {
    private final ExtractiveAnswerer extractive;
    private final Conversations conversations;
    private final PronounRewriter pronouns = new PronounRewriter();

    public ExtractiveChat(ExtractiveAnswerer extractive, Conversations conversations) {
        this.extractive = extractive;
        this.conversations = conversations;
    }

    @Override
    public ChatAnswer answer(String chatId, String question, Scope scope) {
        requireQuestion(question);
        ChatAnswer answer = answerStandalone(rewrite(chatId, question), scope);
        conversations.record(chatId, question, answer.answer());
        return answer;
    }

    @Override
    public void forget(String chatId) {
        conversations.forget(chatId);
    }

    /** The follow-up rewritten from the chat's memory, without a model. */
    public FollowUp rewrite(String chatId, String question) {
        return pronouns.rewrite(question.strip(), conversations.history(chatId));
    }

    /** Answers an already standalone question, remembering nothing. */
    public ChatAnswer answerStandalone(FollowUp followUp, Scope scope) {
        Answer answer = extractive.answer(followUp.question(), followUp.narrow(scope));
        return ChatAnswer.extractive(answer, followUp.question());
    }

    public static void requireQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
    }
}
