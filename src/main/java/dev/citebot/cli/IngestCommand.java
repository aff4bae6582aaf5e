package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;


import dev.citebot.ingest.IngestProgress;
import dev.citebot.ingest.IngestResult;
import dev.citebot.article.ParsedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ingest PATH...}: reads and checks every file first, so one bad file stops the command before
 * anything is stored; then stores each article in its own transaction.
 */
@Command(name = "ingest", description = "Add articles (.txt, .md, .html files or folders of them).")
final class IngestCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    IngestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Application app = context.apps().get()) {
            List<Path> files = app.reader().expand(paths, note -> context.err().println(note));
            List<ParsedArticle> parsed = new ArrayList<>(files.size());
            for (Path file : files) {
                parsed.add(app.reader().read(file));
            }
            for (int i = 0; i < parsed.size(); i++) {
                report(app.ingestor().ingest(parsed.get(i), progressFor(files.get(i))));
            }
            return 0;
        }
    }

    /** Progress lines on stderr for a file over {@link StderrProgress#LARGE} bytes; nothing for smaller ones. */
    private IngestProgress progressFor(Path file) {
        try {
            return Files.size(file) > StderrProgress.LARGE ? new StderrProgress(file, context.err()) : IngestProgress.NONE;
        } catch (IOException e) {
            return IngestProgress.NONE;
        }
    }

    private void report(IngestResult r) {
        if (r.alreadyPresent()) {
            context.out().printf("already ingested as #%d “%s”: %s (nothing changed)%n", r.articleId(), r.title(), r.source());
        } else {
            context.out().printf("ingested #%d “%s” from %s: %d paragraphs, %d sentences%n",
                    r.articleId(), r.title(), r.source(), r.paragraphs(), r.sentences());
        }
    }
}
