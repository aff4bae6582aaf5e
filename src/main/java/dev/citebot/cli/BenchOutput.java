package dev.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.cli.bench.BenchReport;
import dev.citebot.cli.bench.Benchmark;
import dev.citebot.cli.bench.ColdStartResult;
import dev.citebot.cli.bench.LargeReport;
import dev.citebot.ingest.IngestTimes;
import dev.citebot.cli.bench.SizeReport;

/** How {@code bench} prints a {@link BenchReport}: one JSON object, or markdown tables with notes. */
final class BenchOutput {
    static final String SYNTHETIC_NOTE = "Sizes beyond the real passages are filled with synthetic passages: real "
            + "sentences reused (copies of the real articles) with unit-normalised random vectors, stored through "
            + "our store; query embeddings are real.";
    static final String BASELINE_NOTE = "Baseline = DocumentSplitters.recursive(300, 30), the same model, "
            + "InMemoryEmbeddingStore, EmbeddingStoreContentRetriever maxResults 3; judged with the same QaJudge, "
            + "its first retrieved chunk taken as the quote and as the answer text, with no speaker (a speaker named "
            + "inside the chunk counts); it never refuses.";

    private BenchOutput() {
    }

    static String json(ObjectMapper mapper, BenchReport r) {
        ObjectNode n = mapper.createObjectNode()
                .put("database", r.database())
                .put("articles", r.articles())
                .put("sentences", r.sentences())
                .put("raw_embed_sentences_per_s", round(r.rawEmbedSentencesPerS()))
                .put("ingest_sentences_per_s", round(r.ingestSentencesPerS()))
                .put("ingest_ratio", round(r.ingestRatio()));
        ColdStartResult cold = r.coldStart();
        if (cold != null) {
            n.put("cold_start_ms", round(cold.millis()))
                    .put("cold_start_first_ms", round(cold.firstMillis()))
                    .put("cold_start_passages", cold.passages())
                    .put("heap_used_mb", round(cold.memory().heapUsedMb()))
                    .put("heap_committed_mb", round(cold.memory().heapCommittedMb()))
                    .put("rss_mb", round(cold.memory().rssMb()));
            cold.jvmOptions().forEach(n.putArray("cold_start_jvm_options")::add);
        }
        n.put("seed_correct", r.ours().seedCorrect())
                .put("baseline_seed_correct", r.baseline().seedCorrect())
                .put("seed_total", r.ours().seedTotal())
                .put("whosaid_correct", r.ours().whoSaidCorrect())
                .put("baseline_whosaid_correct", r.baseline().whoSaidCorrect())
                .put("whosaid_total", r.ours().whoSaidTotal())
                .put("baseline_chunks", r.baselineChunks())
                .put("questions_timed", r.questionsTimed());
        ArrayNode sizes = n.putArray("sizes");
        for (SizeReport s : r.sizes()) {
            sizes.addObject()
                    .put("passages", s.passages())
                    .put("synthetic_passages", s.synthetic())
                    .put("search_p50_ms", round(s.searchP50Ms()))
                    .put("search_p95_ms", round(s.searchP95Ms()))
                    .put("baseline_search_p50_ms", rounded(s.baselineSearchP50Ms()))
                    .put("baseline_search_p95_ms", rounded(s.baselineSearchP95Ms()))
                    .put("speedup", rounded(s.speedup()))
                    .put("ask_p50_ms", round(s.askP50Ms()))
                    .put("ask_p95_ms", round(s.askP95Ms()))
                    .put("ask_p99_ms", round(s.askP99Ms()));
        }
        n.put("note", SYNTHETIC_NOTE + " " + BASELINE_NOTE);
        return n.toString();
    }

    static String table(BenchReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Databases: ").append(r.database()).append("\n\n");
        out.append("| measure | ours | textbook baseline |\n| --- | --- | --- |\n");
        out.append(String.format("| raw embedAll (sentences/s) | %.1f | |%n", r.rawEmbedSentencesPerS()));
        out.append(String.format("| ingest, %d articles / %d sentences (sentences/s) | %.1f (ratio %.2f) | |%n",
                r.articles(), r.sentences(), r.ingestSentencesPerS(), r.ingestRatio()));
        out.append(String.format("| seed QA correct | %d/%d | %d/%d |%n", r.ours().seedCorrect(),
                r.ours().seedTotal(), r.baseline().seedCorrect(), r.baseline().seedTotal()));
        out.append(String.format("| PolNeAR who-said correct | %d/%d | %d/%d |%n", r.ours().whoSaidCorrect(),
                r.ours().whoSaidTotal(), r.baseline().whoSaidCorrect(), r.baseline().whoSaidTotal()));
        ColdStartResult cold = r.coldStart();
        if (cold != null) {
            out.append(String.format("| cold start to first answer, %d passages (ms, median of %d)%s | %.0f | |%n",
                    cold.passages(), cold.runs(), options(cold), cold.millis()));
            out.append(String.format("| the first start on the database as built (ms) | %.0f | |%n",
                    cold.firstMillis()));
            out.append(String.format("| after loading: heap used / committed, RSS (MB) | %.0f / %.0f, %.0f | |%n",
                    cold.memory().heapUsedMb(), cold.memory().heapCommittedMb(), cold.memory().rssMb()));
        }
        out.append("\n| passages (synthetic) | search p50 / p95 ms | baseline search p50 / p95 ms | speedup "
                + "| ask p50 / p95 / p99 ms |\n| --- | --- | --- | --- | --- |\n");
        for (SizeReport s : r.sizes()) {
            String base = Double.isNaN(s.baselineSearchP50Ms()) ? "not timed | | " : String.format(
                    "%.2f / %.2f | %.1f | ", s.baselineSearchP50Ms(), s.baselineSearchP95Ms(), s.speedup());
            out.append(String.format("| %d (%d) | %.2f / %.2f | %s%.1f / %.1f / %.1f |%n",
                    s.passages(), s.synthetic(), s.searchP50Ms(), s.searchP95Ms(), base, s.askP50Ms(), s.askP95Ms(),
                    s.askP99Ms()));
        }
        out.append("\n").append(r.questionsTimed()).append(" questions timed per size, ").append(Benchmark.ROUNDS)
                .append(" rounds after one untimed round. ").append(SYNTHETIC_NOTE).append("\n").append(BASELINE_NOTE);
        return out.toString();
    }

    /** Rounded, or null when not measured (NaN), which JSON cannot hold as a number. */
    private static Double rounded(double v) {
        return Double.isNaN(v) ? null : round(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String largeJson(ObjectMapper mapper, LargeReport r) {
        IngestTimes t = r.ingest();
        ObjectNode n = mapper.createObjectNode()
                .put("bytes", r.bytes())
                .put("sentences", r.sentences())
                .put("distinct_sentences", r.distinct())
                .put("tokens", t.tokens())
                .put("base_articles", r.baseArticles())
                .put("base_passages", r.basePassages())
                .put("raw_embed_sentences_per_s", round(r.rawPerS()))
                .put("raw_embed_cpu_ms_per_sentence", round(r.rawCpuMsPerSentence()))
                .put("embedding_floor_s", round(r.embeddingFloorS()))
                .put("ingest_s", round(t.totalNanos() / 1e9))
                .put("ingest_cpu_s", round(r.ingestCpuS()))
                .put("split_s", round(t.splitNanos() / 1e9))
                .put("embed_s", round(t.embedNanos() / 1e9))
                .put("store_s", round(t.storeNanos() / 1e9))
                .put("attributions_s", round(t.indexNanos() / 1e9))
                .put("other_s", round(t.otherNanos() / 1e9))
                .put("peak_rss_mb", round(r.peakRssMb()))
                .put("questions_timed", r.before().questions())
                .put("ask_p50_ms_without", round(r.before().p50Ms()))
                .put("ask_p95_ms_without", round(r.before().p95Ms()))
                .put("ask_p50_ms_with", round(r.after().p50Ms()))
                .put("ask_p95_ms_with", round(r.after().p95Ms()))
                .put("ask_p50_ratio", round(r.p50Ratio()))
                .put("ask_p95_ratio", round(r.p95Ratio()))
                .put("first_ask_after_ingest_ms", round(r.firstAfterMs()));
        ColdStartResult cold = r.coldStart();
        if (cold != null) {
            n.put("cold_start_ms", round(cold.millis()))
                    .put("cold_start_first_ms", round(cold.firstMillis()))
                    .put("cold_start_passages", cold.passages())
                    .put("cold_start_rss_mb", round(cold.memory().rssMb()));
            cold.jvmOptions().forEach(n.putArray("cold_start_jvm_options")::add);
        }
        return n.toString();
    }

    static String largeTable(LargeReport r) {
        IngestTimes t = r.ingest();
        StringBuilder out = new StringBuilder("| measure | value |\n| --- | --- |\n");
        out.append(String.format("| generated article | %,d bytes, %,d sentences (%,d distinct), %,d tokens |%n",
                r.bytes(), r.sentences(), r.distinct(), t.tokens()));
        out.append(String.format("| raw embedAll, same run | %.1f sentences/s, %.2f ms CPU a sentence; floor %.0f s |%n",
                r.rawPerS(), r.rawCpuMsPerSentence(), r.embeddingFloorS()));
        out.append(String.format("| ingest | %.1f s (CPU %.1f s): split %.1f, embed %.1f, store %.1f, "
                        + "attributions %.1f, other %.1f |%n", t.totalNanos() / 1e9, r.ingestCpuS(),
                t.splitNanos() / 1e9, t.embedNanos() / 1e9, t.storeNanos() / 1e9, t.indexNanos() / 1e9,
                t.otherNanos() / 1e9));
        out.append(String.format("| peak RSS during the ingest | %.0f MB |%n", r.peakRssMb()));
        out.append(String.format("| ask p50 / p95 without (%d articles, %,d passages), interleaved with the next | "
                        + "%.1f / %.1f ms |%n",
                r.baseArticles(), r.basePassages(), r.before().p50Ms(), r.before().p95Ms()));
        out.append(String.format("| ask p50 / p95 with the article | %.1f / %.1f ms (ratios %.2f / %.2f) |%n",
                r.after().p50Ms(), r.after().p95Ms(), r.p50Ratio(), r.p95Ratio()));
        out.append(String.format("| first question after the ingest | %.0f ms |%n", r.firstAfterMs()));
        ColdStartResult cold = r.coldStart();
        if (cold != null) {
            out.append(String.format("| cold start to first answer, %,d passages%s | %.0f ms, RSS %.0f MB |%n",
                    cold.passages(), options(cold), cold.millis(), cold.memory().rssMb()));
        }
        return out.toString();
    }

    /** The cold start's JVM options as a label, empty when there were none. */
    private static String options(ColdStartResult cold) {
        return cold.jvmOptions().isEmpty() ? "" : ", JVM options " + String.join(" ", cold.jvmOptions());
    }
}
