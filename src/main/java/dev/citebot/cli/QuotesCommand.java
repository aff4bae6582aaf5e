package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.citebot.attribute.Attribution;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code quotes [--json] [--article ID] [--speaker NAME]}: the attribution index, one attribution per line. */
@Command(name = "quotes", description = "List who said what (the attribution index).")
final class QuotesCommand implements Callable<Integer> {
    /** Attributions printed per read of their articles' texts (the index holds no contents). */
    private static final int CHUNK = 1_000;
    private final CliContext context;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    Long article;

    @Option(names = "--speaker", paramLabel = "NAME", description = "only this speaker (full name, surname, role)")
    String speaker;

    QuotesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Application app = context.apps().get()) {
            OptionalLong scope = AskCommand.scope(app, article).articleId();
            List<IndexedAttribution> rows = speaker == null ? app.attributions().attributions(scope)
                    : app.attributions().quotesBy(speaker, scope);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                for (IndexedAttribution a : app.attributions().withContents(
                        rows.subList(from, Math.min(rows.size(), from + CHUNK)))) {
                    context.out().println(json ? toJson(a) : line(a));
                }
            }
            return 0;
        }
    }

    private static String line(IndexedAttribution a) {
        Speaker s = a.speaker();
        String who = s.role() == null ? s.name() : s.name() + " (" + s.role() + ")";
        return String.format("#%d ¶%d  %s  [%s, %s]  %s", a.articleId(), a.paragraph(), who,
                a.attribution().cue() == null ? "-" : a.attribution().cue(), a.attribution().kind().label(),
                a.content());
    }

    private String toJson(IndexedAttribution a) {
        Attribution at = a.attribution();
        Speaker s = at.speaker();
        ObjectNode node = context.json().createObjectNode()
                .put("article_id", a.articleId())
                .put("source", a.source())
                .put("speaker", s.name())
                .put("speaker_mention", s.mention())
                .put("speaker_start", s.start())
                .put("speaker_end", s.end())
                .put("role", s.role())
                .put("cue", at.cue());
        if (at.cue() == null) {
            node.putNull("cue_start").putNull("cue_end");
        } else {
            node.put("cue_start", at.cueStart()).put("cue_end", at.cueEnd());
        }
        return node.put("content", a.content())
                .put("content_start", at.contentStart())
                .put("content_end", at.contentEnd())
                .put("kind", at.kind().label())
                .toString();
    }
}
