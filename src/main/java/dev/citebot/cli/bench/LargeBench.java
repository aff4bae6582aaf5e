package dev.citebot.cli.bench;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.citebot.article.Sentence;
import dev.citebot.cli.context.Application;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.ingest.IngestProgress;
import dev.citebot.ingest.IngestTimes;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code bench --large}: one process, two throw-away databases. Ingests the real articles, then a generated article
 * of {@link #BYTES} ({@link LargeArticle}) phase by phase, with the process's CPU time and peak resident set; the
 * model's raw rate on a sample of the article's sentences is measured in the same run, so that the embedding floor
 * of the ingest is known whatever the load. Then a second database gets the same real articles, and the questions
 * are timed on both, interleaved: each question on one database and at once on the other, the order switching
 * every time. Timing the database without the article before the ingest and the one with it after compared two
 * stretches of time a minute apart, and on this project's machine the same questions on the same database vary by
 * up to 70 % from one such stretch to the next (p50 of 3.5 to 6.1 ms in blocks of 500), so that ratio said more
 * about the machine than about the article. The timing starts after a full collection, so that G1's collection of
 * the ingest's garbage does not fall into it.
 */
public final class LargeBench {
    /** Just under the 5 MB limit of {@code ArticleReader}. */
    public static final int BYTES = 5 * 1024 * 1024 - 4096;
    static final int RAW_SAMPLE = 2_000;
    /**
     * Rounds of the interleaved timing: the ratio of the two sides is what this bench is for, and with
     * {@link Benchmark#ROUNDS} (150 answers a side) it varied from 1.14 to 1.29 between runs of the same code.
     */
    static final int ROUNDS = 10;
    private static final long SEED = 12;

    private final Function<Path, Application> apps;
    private final Path workDir;
    private final ColdStart coldStart;
    private final Function<Path, IngestProgress> progress;

    /**
     * @param progress for the generated article's file, made just before its ingest: told how the ingest goes
     *                 (e.g. lines on stderr)
     */
    public LargeBench(Function<Path, Application> apps, Path workDir, ColdStart coldStart,
                      Function<Path, IngestProgress> progress) {
        this.apps = apps;
        this.workDir = workDir;
        this.coldStart = coldStart;
        this.progress = progress;
    }

    public LargeReport run(List<Path> articleFiles, List<String> questions, int bytes, int coldStartRuns) {
        Path database = workDir.resolve("large");
        LargeReport partial;
        try (Application app = apps.apply(database)) {
            ingestAll(app, articleFiles);
            int baseArticles = app.articles().all().size();
            int basePassages = app.store().size();
            Path file = write(LargeArticle.generate(SEED, bytes));
            ParsedArticle article = app.reader().read(file);
            ArticleStructure structure = new ArticleSplitter().split(article);
            double[] raw = raw(app.embeddingModel(), app.ingestor().batchSize(), article, structure);
            PeakMemory.reset();
            AtomicReference<IngestTimes> times = new AtomicReference<>();
            long cpu = cpuNanos();
            app.ingestor().ingest(article, new Recording(progress.apply(file), times::set));
            double ingestCpu = (cpuNanos() - cpu) / 1e9;
            double peak = PeakMemory.peakMb();
            long first = System.nanoTime();
            app.answerer().answer(questions.get(0), Scope.ALL);
            double firstMs = (System.nanoTime() - first) / 1e6;
            LargeReport.Times[] paired;
            try (Application without = apps.apply(workDir.resolve("without"))) {
                ingestAll(without, articleFiles);
                paired = interleaved(questions, q -> without.answerer().answer(q, Scope.ALL),
                        q -> app.answerer().answer(q, Scope.ALL));
            }
            partial = new LargeReport(article.text().getBytes(StandardCharsets.UTF_8).length,
                    structure.sentences().size(), distinct(article, structure), baseArticles, basePassages,
                    raw[0], raw[1], times.get(), ingestCpu, peak, paired[0], paired[1], firstMs, null);
        }
        ColdStartResult cold = coldStartRuns > 0 ? coldStart.measure(database, questions.get(0), coldStartRuns) : null;
        return new LargeReport(partial.bytes(), partial.sentences(), partial.distinct(), partial.baseArticles(),
                partial.basePassages(), partial.rawPerS(), partial.rawCpuMsPerSentence(), partial.ingest(),
                partial.ingestCpuS(), partial.peakRssMb(), partial.before(), partial.after(), partial.firstAfterMs(),
                cold);
    }

    private static void ingestAll(Application app, List<Path> articleFiles) {
        articleFiles.stream().map(app.reader()::read).forEach(app.ingestor()::ingest);
    }

    private Path write(String text) {
        try {
            return Files.writeString(workDir.resolve("large-article.txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sentences per second and CPU ms per sentence of {@code embedAll} on the article's first sentences, handed over
     * {@code batch} at a time as the ingest hands them.
     */
    private static double[] raw(EmbeddingModel model, int batch, ParsedArticle article, ArticleStructure structure) {
        List<TextSegment> sample = structure.sentences().stream().limit(RAW_SAMPLE)
                .map(s -> TextSegment.from(s.text(article.text()))).toList();
        model.embedAll(sample.subList(0, Math.min(sample.size(), Benchmark.BATCH)));
        long start = System.nanoTime();
        long cpu = cpuNanos();
        for (int from = 0; from < sample.size(); from += batch) {
            model.embedAll(sample.subList(from, Math.min(sample.size(), from + batch)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {sample.size() / seconds, (cpuNanos() - cpu) / 1e6 / sample.size()};
    }

    private static int distinct(ParsedArticle article, ArticleStructure structure) {
        HashSet<String> texts = new HashSet<>();
        for (Sentence s : structure.sentences()) {
            texts.add(s.text(article.text()));
        }
        return texts.size();
    }

    /**
     * Each question {@link #ROUNDS} times on each side, after one untimed pass on each: the two answers to
     * a question are timed back to back, {@code a} first and {@code b} first in turn, and each question's order
     * switches from one round to the next, so that neither side is timed in calmer stretches of the machine than the
     * other.
     */
    static LargeReport.Times[] interleaved(List<String> questions, Consumer<String> a, Consumer<String> b) {
        questions.forEach(a);
        questions.forEach(b);
        System.gc();
        double[] millisA = new double[questions.size() * ROUNDS];
        double[] millisB = new double[millisA.length];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : questions) {
                if ((i + round) % 2 == 0) {
                    millisA[i] = millis(a, q);
                    millisB[i] = millis(b, q);
                } else {
                    millisB[i] = millis(b, q);
                    millisA[i] = millis(a, q);
                }
                i++;
            }
        }
        return new LargeReport.Times[] {times(questions.size(), millisA), times(questions.size(), millisB)};
    }

    private static double millis(Consumer<String> ask, String question) {
        long start = System.nanoTime();
        ask.accept(question);
        return (System.nanoTime() - start) / 1e6;
    }

    private static LargeReport.Times times(int questions, double[] millis) {
        Percentiles p = new Percentiles(millis);
        return new LargeReport.Times(questions, p.at(50), p.at(95));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Passes progress on and keeps the ingest's times. */
    private record Recording(IngestProgress next, Consumer<IngestTimes> times) implements IngestProgress {
        @Override
        public void embedded(int done, int total) {
            next.embedded(done, total);
        }

        @Override
        public void indexing() {
            next.indexing();
        }

        @Override
        public void finished(IngestTimes t) {
            next.finished(t);
            times.accept(t);
        }
    }
}
