package dev.citebot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.App;
import dev.citebot.bench.BenchReport;
import dev.citebot.bench.Benchmark;
import dev.citebot.eval.QaFile;
import dev.citebot.eval.QaItem;
import dev.citebot.ingest.ArticleSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code bench}: throughput and latency figures, measured on a throw-away database. */
@Command(name = "bench", description = "Measure embedding and ingest throughput and warm answer latency.")
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--articles", paramLabel = "DIR", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    Path articles = Path.of("../shared/eval/polnear-dev/text");

    @Option(names = "--qa", paramLabel = "FILE", description = "questions to time (default: ${DEFAULT-VALUE})")
    Path qa = Path.of("../shared/eval/seed/qa.jsonl");

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(articles) || !Files.isRegularFile(qa)) {
            throw new IllegalArgumentException("bench needs --articles DIR and --qa FILE (" + articles + ", " + qa + ")");
        }
        List<String> questions = new QaFile(context.json()).read(qa).stream().map(QaItem::question).toList();
        Path work = Files.createTempDirectory("citebot-bench");
        try (App app = context.appOnDatabase().apply(work.resolve("bench"))) {
            List<Path> files = app.reader().expand(List.of(articles), note -> { });
            BenchReport r = new Benchmark(app.reader(), new ArticleSplitter(), app.embeddingModel())
                    .run(app, files, questions);
            context.out().println(json ? toJson(r) : table(r));
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private String toJson(BenchReport r) {
        ObjectNode node = context.json().createObjectNode()
                .put("articles", r.articles())
                .put("sentences", r.sentences())
                .put("raw_embed_sentences_per_s", round(r.rawEmbedSentencesPerS()))
                .put("ingest_sentences_per_s", round(r.ingestSentencesPerS()))
                .put("ingest_ratio", round(r.ingestRatio()))
                .put("questions", r.questions())
                .put("ask_p50_ms", round(r.askP50Ms()))
                .put("ask_p95_ms", round(r.askP95Ms()))
                .put("ask_p99_ms", round(r.askP99Ms()));
        return node.toString();
    }

    private static String table(BenchReport r) {
        return String.format("""
                | measure | value |
                | --- | --- |
                | articles / sentences | %d / %d |
                | raw embedAll (sentences/s) | %.1f |
                | ingest (sentences/s) | %.1f |
                | ingest ratio | %.2f |
                | ask p50 / p95 / p99 (ms, warm, %d answers) | %.1f / %.1f / %.1f |""",
                r.articles(), r.sentences(), r.rawEmbedSentencesPerS(), r.ingestSentencesPerS(), r.ingestRatio(),
                r.questions(), r.askP50Ms(), r.askP95Ms(), r.askP99Ms());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
