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
import dev.citebot.article.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eval FILE...}: answers every question of QA JSONL files and prints per-question results and totals. */
@Command(name = "eval", description = "Score answers against QA files (JSONL: id, question, answerable, "
        + "quote_contains, speaker_any), and attributions against PolNeAR folders (text/*.txt, attributions/*.ann).")
final class EvalCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "QA JSONL files or PolNeAR folders")
    List<Path> files;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    Long article;

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
            Tally overall = new Tally("all");
            for (Path f : files) {
                Tally tally = new Tally(f.toString());
                for (QaItem item : reader.read(f)) {
                    QaResult r = new QaJudge().judge(item, app.answerer().answer(item.question(), scope));
                    print(r);
                    tally.add(r);
                    overall.add(r);
                }
                context.out().println(tally.summary());
            }
            if (files.size() > 1) {
                context.out().println(overall.summary());
            }
            return 0;
        }
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

    /** Running totals of one file or of the whole run. */
    private static final class Tally {
        private final String name;
        private final List<Long> millis = new ArrayList<>();
        private int correct;
        private int answerable;
        private int answerableCorrect;
        private int refusals;
        private int refusalsCorrect;
        private int speakerExpected;
        private int speakerStrict;

        Tally(String name) {
            this.name = name;
        }

        void add(QaResult r) {
            millis.add(r.answer().millis());
            correct += r.correct() ? 1 : 0;
            if (r.item().answerable()) {
                answerable++;
                answerableCorrect += r.correct() ? 1 : 0;
                speakerExpected += r.item().speakerAny().isEmpty() ? 0 : 1;
                speakerStrict += r.strictSpeaker() ? 1 : 0;
            } else {
                refusals++;
                refusalsCorrect += r.correct() ? 1 : 0;
            }
        }

        String summary() {
            int total = answerable + refusals;
            List<Long> sorted = millis.stream().sorted().toList();
            return String.format("%s: %d/%d correct (%.1f %%); answerable %d/%d, refusals %d/%d; speaker named in the "
                            + "speaker/role fields %d/%d; latency p50 %d ms, p95 %d ms",
                    name, correct, total, total == 0 ? 0 : 100.0 * correct / total, answerableCorrect, answerable,
                    refusalsCorrect, refusals, speakerStrict, speakerExpected, percentile(sorted, 50),
                    percentile(sorted, 95));
        }

        private static long percentile(List<Long> sorted, int p) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }
}
