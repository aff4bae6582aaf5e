package dev.citebot.cli;

import dev.citebot.cli.context.CliContext;
import dev.citebot.cli.context.Application;


import dev.citebot.answer.Answer;
import dev.citebot.cli.bench.BenchDatabases;
import dev.citebot.cli.bench.BenchInputs;
import dev.citebot.cli.bench.BenchReport;
import dev.citebot.cli.bench.Benchmark;
import dev.citebot.cli.bench.ColdStart;
import dev.citebot.cli.bench.H2BenchDatabases;
import dev.citebot.cli.bench.PostgresBenchDatabases;
import dev.citebot.cli.bench.LargeBench;
import dev.citebot.cli.bench.LargeReport;
import dev.citebot.cli.bench.MemoryUse;
import dev.citebot.eval.QaFile;
import dev.citebot.eval.QaItem;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.article.Scope;
import dev.citebot.config.PostgresSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench}: our pipeline next to the textbook LangChain4j one, measured on throw-away databases: H2 files by
 * default, or PostgreSQL databases of the run's own with {@code --postgres}.
 */
@Command(name = "bench", description = "Benchmark throughput, search and answer latency at several store sizes, "
        + "cold start, memory and quality, side by side with the textbook LangChain4j pipeline.")
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "store sizes in passages "
            + "(default: ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(1000, 10000, 100000);

    @Option(names = "--articles", paramLabel = "DIR", description = "real articles (default: ${DEFAULT-VALUE})")
    Path articles = Path.of("../shared/eval/polnear-dev/text");

    @Option(names = "--qa", paramLabel = "FILE", description = "seed QA file (default: ${DEFAULT-VALUE})")
    Path qa = Path.of("../shared/eval/seed/qa.jsonl");

    @Option(names = "--whosaid", paramLabel = "FILE", description = "who-said QA file (default: ${DEFAULT-VALUE})")
    Path whoSaid = Path.of("../shared/eval/polnear-dev-whosaid.jsonl");

    @Option(names = "--cold-start-runs", paramLabel = "N", description = "fresh processes to time (default: "
            + "${DEFAULT-VALUE}; 0 skips)")
    int coldStartRuns = 3;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "an option for the JVMs whose cold start is "
            + "timed, e.g. -XX:+UseTransparentHugePages as docs/deploy.md starts the bot (repeatable; default: none, as "
            + "'java -jar' starts)")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--baseline-max", paramLabel = "N", description = "time the baseline's search only at sizes up "
            + "to N passages; its in-memory store of objects outgrows the heap at a million (default: ${DEFAULT-VALUE})")
    int baselineMax = 100_000;

    @Option(names = "--keep", paramLabel = "DIR", description = "build the databases in DIR (a new folder) and "
            + "keep them, e.g. to time 'bench --probe' by hand; by default they go to a temporary folder and are deleted "
            + "(with --postgres: keep the databases, and the cold start's stderr in DIR)")
    Path keep;

    @Option(names = "--postgres", paramLabel = "URL", description = "run on PostgreSQL instead of H2 files: "
            + "postgresql://user@host:port/PREFIX makes the databases PREFIX_quality and PREFIX_scaled there (through "
            + "the server's 'postgres' database; the login needs CREATEDB), refuses ones that already hold articles, "
            + "and drops the ones it made at the end unless --keep; the password comes from CITEBOT_DB_PASSWORD or "
            + "the URL and is never printed")
    String postgres;

    @Option(names = "--large", description = "instead: a generated article of just under 5 MB, its ingest phase by "
            + "phase (CPU time, peak RSS) and answer times on databases without and with it, interleaved")
    boolean large;

    @Option(names = "--large-bytes", hidden = true, paramLabel = "N", description = "size of the --large article")
    int largeBytes = LargeBench.BYTES;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--probe", hidden = true, paramLabel = "QUESTION",
            description = "internal: answer once on the configured database and print the answer and memory as JSON")
    String probe;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (probe != null) {
            return probe();
        }
        if (large && postgres != null) {
            throw new IllegalArgumentException("bench: --large runs on H2 only, not with --postgres");
        }
        if (large && (largeBytes < 1 || largeBytes > ArticleReader.MAX_BYTES)) {
            throw new IllegalArgumentException("bench: --large-bytes must be 1 to " + ArticleReader.MAX_BYTES);
        }
        for (Path p : List.of(qa, whoSaid)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("bench: no such QA file " + p + " (see --qa, --whosaid)");
            }
        }
        if (!Files.isDirectory(articles)) {
            throw new IllegalArgumentException("bench: no such article folder " + articles + " (see --articles)");
        }
        QaFile reader = new QaFile(context.json());
        List<QaItem> seed = reader.read(qa);
        List<QaItem> who = reader.read(whoSaid);
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("citebot-bench");
        try {
            List<Path> files = new ArticleReader().expand(List.of(articles), note -> { });
            if (large) {
                return large(work, files, Benchmark.timedQuestions(seed, who));
            }
            BenchReport r;
            try (BenchDatabases databases = databases(work)) {
                r = new Benchmark(databases, work, new ColdStart(ColdStart.currentJvm(), jvmOptions, context.json()))
                        .run(new BenchInputs(files, seed, who, sizes, coldStartRuns, baselineMax));
            }
            context.out().println(json ? BenchOutput.json(context.json(), r) : BenchOutput.table(r));
            return 0;
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
    }

    /** H2 files in {@code work}, or, with {@code --postgres}, the databases claimed on that server. */
    private BenchDatabases databases(Path work) {
        if (postgres == null) {
            return new H2BenchDatabases(context.appOnDatabase(), work);
        }
        PostgresSettings base = context.postgresUrl().apply("bench --postgres", postgres);
        return PostgresBenchDatabases.claim(context.postgresServer().apply(base),
                pg -> context.appOnPostgres().apply(pg, work.resolve("citebot")), base,
                List.of(Benchmark.QUALITY, Benchmark.SCALED), keep != null);
    }

    private int large(Path work, List<Path> files, List<String> questions) {
        LargeReport r = new LargeBench(context.appOnDatabase(), work, new ColdStart(ColdStart.currentJvm(),
                jvmOptions, context.json()), file -> new StderrProgress(file, context.err()))
                .run(files, questions, largeBytes, Math.min(coldStartRuns, 1));
        context.out().println(json ? BenchOutput.largeJson(context.json(), r) : BenchOutput.largeTable(r));
        return 0;
    }

    /**
     * Starts the application as the console chat and the bot do ({@link Application#warmUp}, but not the read-ahead
     * they start a second later, whose memory the figure leaves out: docs/benchmarks.md), answers once and prints one
     * JSON line, then, once the memory given back after loading has settled, a second line with the memory. The
     * lines are formatted by hand: making a JSON mapper would add its own start-up cost (about 0.3 s) to the time
     * being measured, which a user's first answer never pays.
     */
    private int probe() {
        try (Application app = context.apps().get()) {
            app.warmUp();
            Answer answer = app.answerer().answer(probe, Scope.ALL);
            context.out().println(String.format(Locale.ROOT, "{\"answered\":%b,\"passages\":%d}", answer.answered(),
                    app.store().size()));
            context.out().flush();
            MemoryUse memory = MemoryUse.settled();
            context.out().println(String.format(Locale.ROOT, "{\"heap_used_mb\":%.2f,\"heap_committed_mb\":%.2f,"
                    + "\"rss_mb\":%.2f}", memory.heapUsedMb(), memory.heapCommittedMb(), memory.rssMb()));
            context.out().flush();
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
