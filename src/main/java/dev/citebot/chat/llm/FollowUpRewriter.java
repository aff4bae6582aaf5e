package dev.citebot.chat.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

import java.util.Collection;
import java.util.List;

/**
 * Rewrites a follow-up into a standalone question with the model, through LangChain4j's
 * {@link CompressingQueryTransformer} and our rewrite prompt. Without history the question is returned as is
 * and the model is not called.
 */
final class FollowUpRewriter {
    static final int MAX_LENGTH = 1000;

    private final QueryTransformer transformer;

    FollowUpRewriter(ChatModel model, PromptTemplate prompt) {
        this.transformer = new CompressingQueryTransformer(model, prompt);
    }

    /** @throws RuntimeException when the model fails */
    String rewrite(String question, Object chatId, List<ChatMessage> history) {
        UserMessage message = UserMessage.from(question);
        Query query = Query.from(question, Metadata.from(message, chatId, history));
        Collection<Query> queries = transformer.transform(query);
        String rewritten = queries.isEmpty() ? "" : clean(queries.iterator().next().text());
        return rewritten.isEmpty() || rewritten.length() > MAX_LENGTH ? question : rewritten;
    }

    /** The first line, without a label or the quotation marks some models wrap it in. */
    private static String clean(String reply) {
        String line = reply == null ? "" : reply.strip().lines().findFirst().orElse("").strip();
        line = line.replaceFirst("(?i)^(standalone question|question)\\s*:\\s*", "");
        boolean wrapped = line.length() >= 2 && "\"“«".indexOf(line.charAt(0)) >= 0
                && "\"”»".indexOf(line.charAt(line.length() - 1)) >= 0;
        if (wrapped) {
            line = line.substring(1, line.length() - 1).strip();
        }
        return line;
    }
}
