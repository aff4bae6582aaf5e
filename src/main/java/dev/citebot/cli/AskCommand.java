package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.citebot.chat.ChatAnswer;
import dev.citebot.article.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ask [--json] [--article ID] [--chat ID [--new]] QUESTION} and {@code ask --json --batch FILE}. With
 * {@code --chat} the question continues that conversation (its memory survives between runs); without, it stands
 * alone.
 */
@Command(name = "ask", description = "Answer a question with quotes from the articles.")
final class AskCommand implements Callable<Integer> {
    static final int MAX_QUESTION = 1000;
    static final int MAX_CHAT_ID = 200;

    private final CliContext context;

    @Option(names = "--json", description = "print the answer as one JSON object")
    boolean json;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    Long article;

    @Option(names = "--batch", paramLabel = "FILE", description = "JSONL of {id, question[, article]}; needs --json")
    Path batch;

    @Option(names = "--chat", paramLabel = "ID", description = "continue conversation ID (follow-ups use its memory)")
    String chat;

    @Option(names = "--new", description = "with --chat: forget the conversation first")
    boolean fresh;

    @Parameters(arity = "0..*", paramLabel = "QUESTION")
    List<String> words;

    AskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (batch != null) {
            if (!json) {
                throw new IllegalArgumentException("--batch needs --json");
            }
            if (!Files.isRegularFile(batch)) {
                throw new IllegalArgumentException(batch + ": no such file");
            }
        } else {
            question();
        }
        checkChat();
        try (Application app = context.apps().get()) {
            Scope scope = scope(app, article);
            if (fresh) {
                app.chatAnswerer().forget(chat);
            }
            return batch != null ? runBatch(app, scope) : answerOne(app, question(), scope);
        }
    }

    private String question() {
        String q = words == null ? "" : String.join(" ", words).strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("the question is empty");
        }
        if (q.length() > MAX_QUESTION) {
            throw new IllegalArgumentException("the question is too long (over " + MAX_QUESTION + " characters)");
        }
        return q;
    }

    private void checkChat() {
        if (fresh && chat == null) {
            throw new IllegalArgumentException("--new needs --chat ID");
        }
        if (chat != null && (chat.isBlank() || chat.length() > MAX_CHAT_ID)) {
            throw new IllegalArgumentException("--chat needs an ID of 1 to " + MAX_CHAT_ID + " characters");
        }
    }

    static Scope scope(Application app, Long article) {
        if (article == null) {
            return Scope.ALL;
        }
        if (app.articles().find(article).isEmpty()) {
            throw new IllegalArgumentException("no article #" + article + " (see: citebot articles)");
        }
        return Scope.article(article);
    }

    private int answerOne(Application app, String q, Scope scope) {
        ChatAnswer answer = app.chatAnswerer().answer(chat, q, scope);
        if (json) {
            context.out().println(AnswerJson.of(context.json(), null, q, answer));
        } else {
            context.out().println(answer.answer().text());
            answer.model().ifPresent(m -> context.out().println("(answered by " + m + ")"));
        }
        return 0;
    }

    /**
     * Answers each non-blank line of the batch file in order, one JSON object per line on stdout. A line that is
     * not valid UTF-8 or JSON, not an object, or whose fields have the wrong type ({@code question} a string,
     * {@code article} a whole number, {@code id} a string or a number) gets {@code {"id", "line", "error"}}
     * instead, and the others are still answered.
     *
     * @return 0 if every line was answered, 1 if any got an error line
     */
    private int runBatch(Application app, Scope scope) throws IOException {
        int failures = 0;
        List<byte[]> lines = BatchLines.split(Files.readAllBytes(batch));
        for (int n = 1; n <= lines.size(); n++) {
            ObjectNode out = answerLine(app, scope, lines.get(n - 1), n);
            if (out != null) {
                failures += out.has("error") ? 1 : 0;
                context.out().println(out);
            }
        }
        if (failures > 0) {
            context.err().println("citebot: " + failures + " batch line(s) could not be answered");
        }
        return failures == 0 ? 0 : 1;
    }

    /** @return the answer or error line, or null for a blank line */
    private ObjectNode answerLine(Application app, Scope scope, byte[] bytes, int n) {
        String id = null;
        try {
            String line = BatchLines.decode(bytes);
            if (line.isBlank()) {
                return null;
            }
            JsonNode in = context.json().readTree(line);
            if (!in.isObject()) {
                throw new IllegalArgumentException("each line must be a JSON object");
            }
            id = id(in);
            String q = question(in);
            Scope own = in.hasNonNull("article") ? scope(app, articleId(in.get("article"))) : scope;
            return AnswerJson.of(context.json(), id, q, app.chatAnswerer().answer(chat, q, own));
        } catch (IOException | IllegalArgumentException e) {
            ObjectNode error = context.json().createObjectNode();
            error.put("id", id);
            error.put("line", n);
            error.put("error", e instanceof IOException ? "not valid JSON" : e.getMessage());
            return error;
        }
    }

    private static String id(JsonNode in) {
        JsonNode id = in.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() && !id.isNumber()) {
            throw new IllegalArgumentException("\"id\" must be a string or a number");
        }
        return id.asText();
    }

    private static String question(JsonNode in) {
        JsonNode node = in.get("question");
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("the question is missing");
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"question\" must be a string");
        }
        String q = node.asText().strip();
        if (q.isEmpty() || q.length() > MAX_QUESTION) {
            throw new IllegalArgumentException(q.isEmpty() ? "the question is empty" : "the question is too long");
        }
        return q;
    }

    private static long articleId(JsonNode article) {
        if (!article.isIntegralNumber() || !article.canConvertToLong() || article.asLong() < 1) {
            throw new IllegalArgumentException("\"article\" must be a whole number of 1 or more, as in"
                    + " citebot articles");
        }
        return article.asLong();
    }
}
