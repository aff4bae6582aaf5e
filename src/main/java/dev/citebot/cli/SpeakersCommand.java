package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;


import dev.citebot.attribute.SpeakerCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code speakers [--json] [--article ID]}: who is quoted, with how many attributions, most first. */
@Command(name = "speakers", description = "List who is quoted, with the number of attributions.")
final class SpeakersCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    Long article;

    SpeakersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Application app = context.apps().get()) {
            for (SpeakerCount s : app.attributions().speakers(AskCommand.scope(app, article).articleId())) {
                context.out().println(json ? context.json().createObjectNode().put("name", s.name())
                        .put("role", s.role()).put("attributions", s.attributions()).toString()
                        : String.format("%4d  %s%s", s.attributions(), s.name(),
                        s.role() == null ? "" : " (" + s.role() + ")"));
            }
            return 0;
        }
    }
}
