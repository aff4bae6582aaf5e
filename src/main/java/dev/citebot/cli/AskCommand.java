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

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    private int runBatch(Application app, Scope scope) throws IOException {
        int failures = 0;
        try (BufferedReader lines = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                n++;
                if (!line.isBlank()) {
                    ObjectNode out = answerLine(app, scope, line, n);
                    failures += out.has("error") ? 1 : 0;
                    context.out().println(out);
                }
            }
        }
        if (failures > 0) {
            context.err().println("citebot: " + failures + " batch line(s) could not be answered");
        }
        return failures == 0 ? 0 : 1;
    }

    private ObjectNode answerLine(Application app, Scope scope, String line, int n) {
        String id = null;
        try {
            JsonNode in = context.json().readTree(line);
            id = in.hasNonNull("id") ? in.get("id").asText() : null;
            String q = in.path("question").asText("").strip();
            if (q.isEmpty() || q.length() > MAX_QUESTION) {
                throw new IllegalArgumentException(q.isEmpty() ? "the question is empty" : "the question is too long");
            }
            Scope own = in.hasNonNull("article") ? scope(app, in.get("article").asLong()) : scope;
            return AnswerJson.of(context.json(), id, q, app.chatAnswerer().answer(chat, q, own));
        } catch (IOException | IllegalArgumentException e) {
            ObjectNode error = context.json().createObjectNode();
            error.put("id", id);
            error.put("line", n);
            error.put("error", e instanceof IOException ? "not valid JSON" : e.getMessage());
            return error;
        }
    }
}
