package dev.citebot.chat;

import dev.citebot.answer.Answer;
import dev.citebot.answer.ExtractiveAnswerer;
import dev.citebot.article.Scope;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Conversations without a language model: follow-ups are rewritten by {@link PronounRewriter}, answers come
 * from the {@link ExtractiveAnswerer}. A follow-up that asks for more ("What else did he say?") leaves out the
 * passages earlier answers of the chat already quoted. Also the fallback of {@link LlmAnswerer}.
 */
public final class ExtractiveChat implements ChatAnswerer {
    /** "What else did he say?", "Anything more?": the asker wants what earlier answers did not show. */
    private static final Pattern MORE = Pattern.compile("\\b(?:else|more|other|another|further)\\b",
            Pattern.CASE_INSENSITIVE);
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
        List<ChatMessage> history = conversations.history(chatId);
        FollowUp followUp = pronouns.rewrite(question.strip(), history);
        Predicate<String> shown = MORE.matcher(question).find() ? shownIn(history) : text -> false;
        ChatAnswer answer = ChatAnswer.extractive(extractive.answer(followUp.question(), followUp.narrow(scope), shown),
                followUp.question());
        conversations.record(chatId, question, answer.answer());
        return answer;
    }

    /** A passage counts as shown when an earlier answer of the chat quoted it. */
    private static Predicate<String> shownIn(List<ChatMessage> history) {
        List<String> answers = history.stream().filter(m -> m instanceof AiMessage)
                .map(m -> ((AiMessage) m).text()).filter(t -> t != null).toList();
        return text -> answers.stream().anyMatch(a -> a.contains(text));
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
