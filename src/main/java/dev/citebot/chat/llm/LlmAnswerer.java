package dev.citebot.chat.llm;

import dev.citebot.chat.FollowUp;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.ExtractiveChat;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.chat.Conversations;
import dev.citebot.chat.ModelAnswer;

import dev.citebot.answer.Answer;
import dev.citebot.config.LlmSettings;
import dev.citebot.config.Secret;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.Retriever;
import dev.citebot.article.Scope;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Answers written by a language model from the passages of the same retrieval chain as extractive answers, with
 * every quotation verified in code ({@link QuoteVerifier}). Follow-ups are first rewritten into standalone
 * questions by the model ({@link FollowUpRewriter}). When the model fails, times out, can't be reached, or
 * leaves no verifiable quotation, the answer is the extractive one and the log says why.
 */
public final class LlmAnswerer implements ChatAnswerer {
    public static final String MODE = "llm";
    static final int PASSAGES = 8;
    private static final int MAX_REASON = 300;
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final ChatModel model;
    private final String modelName;
    private final Optional<Secret> key;
    private final Prompts prompts;
    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final ExtractiveChat extractive;
    private final Conversations conversations;
    private final FollowUpRewriter rewriter;
    private final QuoteVerifier verifier = new QuoteVerifier();

    public LlmAnswerer(LlmSettings settings, Prompts prompts, Retriever retriever, QuestionAnalyzer analyzer,
                       ExtractiveChat extractive, Conversations conversations) {
        this.model = ChatModels.create(settings);
        this.modelName = settings.model();
        this.key = settings.apiKey();
        this.prompts = prompts;
        this.retriever = retriever;
        this.analyzer = analyzer;
        this.extractive = extractive;
        this.conversations = conversations;
        this.rewriter = new FollowUpRewriter(model, prompts.rewrite());
    }

    @Override
    public ChatAnswer answer(String chatId, String question, Scope scope) {
        ExtractiveChat.requireQuestion(question);
        long began = System.nanoTime();
        String asked = question.strip();
        List<ChatMessage> history = conversations.history(chatId);
        ChatAnswer result;
        try {
            result = modelAnswer(asked, chatId, history, scope, began);
        } catch (Fallback f) {
            LOG.warn("answering extractively: {}", f.getMessage());
            FollowUp followUp = f.standalone != null ? FollowUp.of(f.standalone) : extractive.rewrite(chatId, asked);
            result = extractive.answerStandalone(followUp, scope);
        }
        conversations.record(chatId, asked, result.answer());
        return result;
    }

    @Override
    public void forget(String chatId) {
        conversations.forget(chatId);
    }

    /** The name of the model that writes answers, as configured. */
    public String modelName() {
        return modelName;
    }

    private ChatAnswer modelAnswer(String question, String chatId, List<ChatMessage> history, Scope scope, long began)
            throws Fallback {
        String standalone;
        try {
            standalone = rewriter.rewrite(question, chatId, history);
        } catch (RuntimeException e) {
            throw new Fallback(null, "the follow-up rewrite failed: " + describe(e));
        }
        CorpusSnapshot corpus = retriever.corpus();
        List<NumberedPassage> passages = NumberedPassage.number(
                retriever.retrieve(corpus, analyzer.analyze(standalone), scope), corpus, PASSAGES);
        if (passages.isEmpty()) {
            throw new Fallback(standalone, "no passage was retrieved");
        }
        Verification v = verifier.verify(reply(standalone, passages), passages);
        LOG.info("{} replied: {} quotation(s) verified, {} rejected, {} citation(s) corrected, {} marker(s) dropped",
                modelName, v.quotes().size(), v.rejected().size(), v.corrected(), v.dropped());
        if (!v.verifiable()) {
            throw new Fallback(standalone, "no quotation in the reply could be verified (" + v.rejected().size()
                    + " rejected)");
        }
        ModelAnswer written = new ModelAnswer(modelName, v.text(), v.quotes(),
                v.cited().stream().map(n -> passages.get(n - 1).cited()).toList(), v.rejected());
        Answer answer = new Answer(question, true, "", written.text(), written.spans(), MODE,
                (System.nanoTime() - began) / 1_000_000);
        return new ChatAnswer(answer, standalone, Optional.of(written));
    }

    private String reply(String standalone, List<NumberedPassage> passages) throws Fallback {
        String text;
        try {
            text = model.chat(SystemMessage.from(prompts.system()),
                    UserMessage.from(prompts.answerFor(standalone, passages))).aiMessage().text();
        } catch (RuntimeException e) {
            throw new Fallback(standalone, "the model failed: " + describe(e));
        }
        if (text == null || text.isBlank()) {
            throw new Fallback(standalone, "the model's reply was empty");
        }
        return text;
    }

    /**
     * The failure's HTTP status, kind and message, and its root cause's, with the API key removed, on one line of at
     * most {@value #MAX_REASON} characters.
     */
    private String describe(Throwable e) {
        Throwable root = e;
        String status = "";
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof HttpException http && status.isEmpty()) {
                status = "HTTP " + http.statusCode() + ", ";
            }
        }
        String text = status + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root == e || String.valueOf(e.getMessage()).contains(String.valueOf(root.getMessage())) ? ""
                : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        for (Secret s : key.stream().toList()) {
            text = s.redact(text);
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    /** Why the model's answer can't be used; {@code standalone} is the rewritten question, if there is one. */
    private static final class Fallback extends Exception {
        private final String standalone;

        Fallback(String standalone, String reason) {
            super(reason, null, false, false);
            this.standalone = standalone;
        }
    }
}
