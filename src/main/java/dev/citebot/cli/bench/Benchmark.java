package dev.citebot.cli.bench;


import dev.citebot.cli.context.Application;
import dev.citebot.eval.QaItem;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ArticleStructure;
import dev.citebot.ingest.IngestResult;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;
import dev.citebot.article.Scope;
import dev.citebot.store.PassageStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * One {@code bench} run, in one process: (1) on a fresh database, the model's raw {@code embedAll} throughput and our
 * ingest throughput on the same articles, then the correct counts of our pipeline and of the textbook
 * {@link Baseline} on the same corpus; (2) on a second fresh database grown size by size (real passages first, then
 * synthetic ones, see {@link CorpusGrower}), dense search latency of our store and of an
 * {@link InMemoryEmbeddingStore} holding the same rows, and our end-to-end answer latency; (3) a fresh process's
 * cold start on the largest database ({@link ColdStart}). Numbers are wall-clock times of real work, never
 * asserted in tests.
 */
public final class Benchmark {
    static final int BATCH = 64;
    /** Timed rounds over the questions at each size, after one untimed round. */
    public static final int ROUNDS = 3;
    static final int TIMED_WHO_SAID = 40;
    private static final long SEED = 42;

    /** The database of the throughput and the correct counts. */
    public static final String QUALITY = "quality";
    /** The database grown size by size, on which the cold start runs. */
    public static final String SCALED = "scaled";

    private final BenchDatabases databases;
    private final Path workDir;
    private final ColdStart coldStart;

    /**
     * @param databases where {@link #QUALITY} and {@link #SCALED} are kept (H2 files or PostgreSQL databases)
     * @param workDir   a folder for the cold-start processes (their working directory and stderr)
     */
    public Benchmark(BenchDatabases databases, Path workDir, ColdStart coldStart) {
        this.databases = databases;
        this.workDir = workDir;
        this.coldStart = coldStart;
    }

    /** The questions whose answers are timed: the seed questions and the first {@value #TIMED_WHO_SAID} who-said ones. */
    public static List<String> timedQuestions(List<QaItem> seedQa, List<QaItem> whoSaid) {
        return Stream.concat(seedQa.stream(), whoSaid.stream().limit(TIMED_WHO_SAID)).map(QaItem::question).toList();
    }

    public BenchReport run(BenchInputs in) {
        List<String> timed = timedQuestions(in.seedQa(), in.whoSaid());
        Throughput throughput;
        Quality ours;
        Quality baseline;
        int chunks;
        try (Application app = databases.open(QUALITY)) {
            throughput = throughput(app, in.articleFiles());
            ours = Quality.of(q -> app.answerer().answer(q, Scope.ALL), in.seedQa(), in.whoSaid());
            Baseline textbook = new Baseline(app.embeddingModel(), app.queryModel());
            chunks = textbook.ingest(app.articles().all());
            baseline = Quality.of(textbook::answer, in.seedQa(), in.whoSaid());
        }
        List<SizeReport> sizes;
        try (Application app = databases.open(SCALED)) {
            sizes = sizes(app, throughput.articles(), in.sizes(), in.baselineMax(), timed);
        }
        ColdStartResult cold = in.coldStartRuns() > 0 && !timed.isEmpty()
                ? coldStart.measure(databases.environment(SCALED), workDir, timed.get(0), in.coldStartRuns()) : null;
        return new BenchReport(databases.describe(), throughput.articles().size(), throughput.sentences(), throughput.rawPerS(),
                throughput.ingestPerS(), chunks, ours, baseline, timed.size(), sizes, cold);
    }

    private record Throughput(List<EmbeddedArticle> articles, int sentences, double rawPerS, double ingestPerS) {
    }

    /**
     * Raw {@code embedAll} and a real ingest, article by article in turn (raw first), so that both rates are measured
     * over the same stretch of time even when other processes load the machine unevenly.
     */
    private Throughput throughput(Application app, List<Path> files) {
        ArticleSplitter splitter = new ArticleSplitter();
        List<ParsedArticle> parsed = files.stream().map(app.reader()::read).toList();
        List<ArticleStructure> structures = parsed.stream().map(splitter::split).toList();
        if (!parsed.isEmpty()) {
            embed(app.embeddingModel(), parsed.get(0), structures.get(0));
        }
        List<EmbeddedArticle> embedded = new ArrayList<>();
        long rawNanos = 0;
        long ingestNanos = 0;
        int rawSentences = 0;
        int stored = 0;
        for (int i = 0; i < parsed.size(); i++) {
            long start = System.nanoTime();
            List<Embedding> vectors = embed(app.embeddingModel(), parsed.get(i), structures.get(i));
            long middle = System.nanoTime();
            IngestResult r = app.ingestor().ingest(parsed.get(i));
            ingestNanos += System.nanoTime() - middle;
            rawNanos += middle - start;
            rawSentences += vectors.size();
            stored += r.alreadyPresent() ? 0 : r.sentences();
            embedded.add(new EmbeddedArticle(parsed.get(i), structures.get(i), vectors));
        }
        return new Throughput(embedded, stored, rawSentences / (rawNanos / 1e9), stored / (ingestNanos / 1e9));
    }

    private static List<Embedding> embed(EmbeddingModel model, ParsedArticle article, ArticleStructure structure) {
        List<TextSegment> segments = new ArrayList<>();
        for (Sentence s : structure.sentences()) {
            segments.add(TextSegment.from(s.text(article.text())));
        }
        List<Embedding> out = new ArrayList<>(segments.size());
        for (int from = 0; from < segments.size(); from += BATCH) {
            out.addAll(model.embedAll(segments.subList(from, Math.min(segments.size(), from + BATCH))).content());
        }
        return out;
    }

    private List<SizeReport> sizes(Application app, List<EmbeddedArticle> real, List<Integer> targets,
                                   int baselineMax, List<String> timed) {
        InMemoryEmbeddingStore<TextSegment> baseline = new InMemoryEmbeddingStore<>();
        copyInto(app, baseline);
        CorpusGrower grower = new CorpusGrower(app, real, baseline, baselineMax, new Random(SEED));
        List<Embedding> queries = timed.isEmpty() ? List.of() : app.queryModel().embedAll(
                timed.stream().map(TextSegment::from).toList()).content();
        Latencies latencies = new Latencies(app.store(), app.answerer(), ROUNDS);
        List<SizeReport> out = new ArrayList<>();
        for (int target : targets) {
            grower.growTo(target);
            out.add(latencies.measure(queries, timed, grower.synthetic(), grower.baseline()));
        }
        return out;
    }

    /** What our store already holds (the seed article, ingested on first start), re-embedded for the baseline. */
    private static void copyInto(Application app, InMemoryEmbeddingStore<TextSegment> baseline) {
        List<TextSegment> segments = app.store().entries().stream().map(PassageStore.Entry::segment).toList();
        for (int from = 0; from < segments.size(); from += BATCH) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
            baseline.addAll(app.embeddingModel().embedAll(batch).content(), batch);
        }
    }
}
