package dev.citebot.cli;

import dev.citebot.cli.context.Application;


import dev.citebot.chat.ChatAnswer;
import dev.citebot.article.Scope;
import dev.citebot.article.ArticleSummary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A chat on stdin/stdout: each line is a question; ends at end of input or {@code /quit}. Each run starts a new
 * conversation ({@value #CHAT_ID}); {@code /new} starts another.
 */
final class ConsoleChat {
    static final String CHAT_ID = "console";
    /** The most articles the greeting names. */
    static final int GREETING_ARTICLES = 10;
    private final Application app;
    private final BufferedReader in;
    private final PrintStream out;

    ConsoleChat(Application app, InputStream in, PrintStream out) {
        this.app = app;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    int run() {
        greet();
        try {
            for (String line = prompt(); line != null; line = prompt()) {
                String q = line.strip();
                if (q.equals("/quit") || q.equals("/exit")) {
                    break;
                }
                respond(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Bye.");
        return 0;
    }

    /**
     * Names the articles, at most {@value #GREETING_ARTICLES} of them (a library of thousands would scroll the
     * greeting out of sight; {@code /articles} lists them all), and how to ask.
     */
    private void greet() {
        app.chatAnswerer().forget(CHAT_ID);
        List<ArticleSummary> articles = app.articles().list();
        out.println("citebot — ask about " + (articles.size() == 1 ? "this article:" : "these articles:"));
        for (ArticleSummary a : articles.subList(0, Math.min(articles.size(), GREETING_ARTICLES))) {
            out.println("  #" + a.id() + " " + a.title());
        }
        if (articles.size() > GREETING_ARTICLES) {
            out.printf(Locale.ROOT, "  … and %,d more%n", articles.size() - GREETING_ARTICLES);
        }
        out.println("Try: What did Dmitry Peskov say?   (/articles lists them, /new starts afresh, /quit leaves)");
    }

    private String prompt() throws IOException {
        out.print("> ");
        out.flush();
        return in.readLine();
    }

    private void respond(String q) {
        if (q.isEmpty()) {
            return;
        }
        if (q.equals("/articles")) {
            app.articles().list().forEach(a -> out.println("#" + a.id() + " " + a.title()));
        } else if (q.equals("/new")) {
            app.chatAnswerer().forget(CHAT_ID);
            out.println("New conversation.");
        } else if (q.startsWith("/")) {
            out.println("Commands: /articles, /new, /quit. Anything else is a question.");
        } else if (q.length() > AskCommand.MAX_QUESTION) {
            out.println("That question is too long (over " + AskCommand.MAX_QUESTION + " characters).");
        } else {
            ChatAnswer answer = app.chatAnswerer().answer(CHAT_ID, q, Scope.ALL);
            out.println(answer.answer().text());
            answer.model().ifPresent(m -> out.println("(answered by " + m + ")"));
        }
        out.println();
    }
}
