package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.citebot.article.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code articles [--json]}: the stored articles, one per line. */
@Command(name = "articles", description = "List the stored articles.")
final class ArticlesCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    ArticlesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Application app = context.apps().get()) {
            for (ArticleSummary a : app.articles().list()) {
                context.out().println(json ? toJson(a) : String.format("#%d  %s  (%d paragraphs, %d sentences)  %s",
                        a.id(), a.title(), a.paragraphs(), a.passages(), a.source()));
            }
            return 0;
        }
    }

    private String toJson(ArticleSummary a) {
        ObjectNode node = context.json().createObjectNode()
                .put("id", a.id())
                .put("title", a.title())
                .put("source", a.source())
                .put("sha256", a.sha256())
                .put("paragraphs", a.paragraphs())
                .put("sentences", a.passages())
                .put("ingested_at", a.ingestedAt().toString());
        return node.toString();
    }
}
