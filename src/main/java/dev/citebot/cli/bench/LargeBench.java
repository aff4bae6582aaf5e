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
 * {@code bench --large}: one process, one throw-away database. Ingests the real articles, times the questions, then
 * ingests a generated article of {@link #BYTES} ({@link LargeArticle}) phase by phase, with the process's CPU time
 * and peak resident set, and times the same questions again; the model's raw rate on a sample of the article's
 * sentences is measured in the same run, so that the embedding floor of the ingest is known whatever the load.
 * Both timings of the questions start after a full collection: the ingest leaves hundreds of MB of garbage, and
 * G1's collection of it (concurrent marking on the second core, pauses of 20–120 ms) otherwise falls into the
 * questions timed after it and not into those before; the figure is meant to be what a question costs on a
 * database holding the article.
 */
public final class LargeBench {
    /** Just under the 5 MB limit of {@code ArticleReader}. */
    public static final int BYTES = 5 * 1024 * 1024 - 4096;
    static final int RAW_SAMPLE = 2_000;
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
        LargeReport.Times before;
        LargeReport partial;
        try (Application app = apps.apply(database)) {
            articleFiles.stream().map(app.reader()::read).forEach(app.ingestor()::ingest);
            int baseArticles = app.articles().all().size();
            int basePassages = app.store().size();
            before = time(questions, q -> app.answerer().answer(q, Scope.ALL));
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
            LargeReport.Times after = time(questions, q -> app.answerer().answer(q, Scope.ALL));
            partial = new LargeReport(article.text().getBytes(StandardCharsets.UTF_8).length,
                    structure.sentences().size(), distinct(article, structure), baseArticles, basePassages,
                    raw[0], raw[1], times.get(), ingestCpu, peak, before, after, firstMs, null);
        }
        ColdStartResult cold = coldStartRuns > 0 ? coldStart.measure(database, questions.get(0), coldStartRuns) : null;
        return new LargeReport(partial.bytes(), partial.sentences(), partial.distinct(), partial.baseArticles(),
                partial.basePassages(), partial.rawPerS(), partial.rawCpuMsPerSentence(), partial.ingest(),
                partial.ingestCpuS(), partial.peakRssMb(), partial.before(), partial.after(), partial.firstAfterMs(),
                cold);
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

    private static LargeReport.Times time(List<String> questions, Consumer<String> ask) {
        System.gc();
        questions.forEach(ask);
        double[] millis = new double[questions.size() * Benchmark.ROUNDS];
        int i = 0;
        for (int round = 0; round < Benchmark.ROUNDS; round++) {
            for (String q : questions) {
                long start = System.nanoTime();
                ask.accept(q);
                millis[i++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Percentiles p = new Percentiles(millis);
        return new LargeReport.Times(questions.size(), p.at(50), p.at(95));
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
