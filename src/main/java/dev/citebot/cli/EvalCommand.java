package dev.citebot.cli;


import dev.citebot.cli.context.Application;
import dev.citebot.cli.context.CliContext;
import dev.citebot.answer.Answer;
import dev.citebot.attribute.AttributionExtractor;
import dev.citebot.attribute.Lexicon;
import dev.citebot.eval.AttributionEval;
import dev.citebot.eval.PolnearCorpus;
import dev.citebot.eval.QaFile;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.eval.QaItem;
import dev.citebot.eval.QaJudge;
import dev.citebot.eval.QaResult;
import dev.citebot.eval.QaTally;
import dev.citebot.article.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code eval FILE...}: answers every question of QA JSONL files (seed, SQuAD or saywhat format, see
 * {@link dev.citebot.eval.QaFormat}) and prints per-question results and totals; a line that names its article's
 * title is asked of that article alone, and a file of several articles gets totals per article too.
 */
@Command(name = "eval", description = "Score answers against QA files (JSONL: id, question, answerable, "
        + "quote_contains, speaker_any), and attributions against PolNeAR folders (text/*.txt, attributions/*.ann).")
final class EvalCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "QA JSONL files or PolNeAR folders")
    List<Path> files;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    Long article;

    @Option(names = "--unscoped", description = "ask questions whose lines name an article (SQuAD, saywhat) of "
            + "all articles instead")
    boolean unscoped;

    @Option(names = "--failures", description = "print only the questions that failed, then the totals; for a "
            + "PolNeAR folder, the missed, false and badly bounded attributions and their counts per category")
    boolean failuresOnly;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> qaFiles = new ArrayList<>();
        for (Path f : files) {
            if (PolnearCorpus.isCorpus(f)) {
                scoreAttributions(f);
            } else if (Files.isRegularFile(f)) {
                qaFiles.add(f);
            } else {
                throw new IllegalArgumentException(f + ": no such file");
            }
        }
        return qaFiles.isEmpty() ? 0 : scoreAnswers(qaFiles);
    }

    private void scoreAttributions(Path folder) {
        AttributionEval eval = new AttributionEval(new ArticleReader(), new ArticleSplitter(),
                new AttributionExtractor(Lexicon.bundled()));
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(folder);
        if (failuresOnly) {
            context.out().println(eval.failures(articles));
        }
        context.out().println(folder + ":");
        context.out().println(eval.score(articles).report());
    }

    private int scoreAnswers(List<Path> files) throws IOException {
        QaFile reader = new QaFile(context.json());
        try (Application app = context.apps().get()) {
            Scope scope = AskCommand.scope(app, article);
            Map<String, Long> titles = titles(app);
            QaTally overall = new QaTally("all");
            for (Path f : files) {
                QaTally tally = new QaTally(f.toString());
                Map<String, QaTally> perArticle = new TreeMap<>();
                for (QaItem item : reader.read(f)) {
                    QaResult r = new QaJudge().judge(item, app.answerer().answer(item.question(),
                            scopeOf(item, scope, titles)));
                    print(r);
                    tally.add(r);
                    overall.add(r);
                    item.title().ifPresent(t -> perArticle.computeIfAbsent(t, QaTally::new).add(r));
                }
                if (perArticle.size() > 1) {
                    perArticle.values().forEach(t -> context.out().println("  " + t.summary()));
                }
                if (failuresOnly) {
                    tally.failuresByKind().forEach(e -> context.out().printf("  %5d  %s%n", e.getValue(), e.getKey()));
                }
                context.out().println(tally.summary());
            }
            if (files.size() > 1) {
                context.out().println(overall.summary());
            }
            return 0;
        }
    }

    private static Map<String, Long> titles(Application app) {
        Map<String, Long> titles = new HashMap<>();
        app.articles().list().forEach(a -> titles.putIfAbsent(a.title(), a.id()));
        return titles;
    }

    /** A question whose line names its article's title is asked of that article, unless --unscoped. */
    private Scope scopeOf(QaItem item, Scope scope, Map<String, Long> titles) {
        if (unscoped || item.title().isEmpty() || article != null) {
            return scope;
        }
        Long id = titles.get(item.title().get());
        if (id == null) {
            throw new IllegalArgumentException(item.id() + ": no article titled '" + item.title().get()
                    + "' (ingest it first)");
        }
        return Scope.article(id);
    }

    private void print(QaResult r) {
        if (failuresOnly && r.correct()) {
            return;
        }
        Answer a = r.answer();
        String got = a.quotes().isEmpty() ? "no quote" : "¶" + a.quotes().get(0).paragraph() + " "
                + (a.quotes().get(0).speaker() == null ? "(no speaker)" : a.quotes().get(0).speaker());
        context.out().printf("%-4s %s  %s  [%s%s]%s%n", r.correct() ? "ok" : "FAIL", r.item().id(), r.item().question(),
                a.answered() ? "answered, " : "refused, ", got, r.problem() == null ? "" : "  — " + r.problem());
    }
}
