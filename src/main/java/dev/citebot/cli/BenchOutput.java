package dev.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.cli.bench.BenchReport;
import dev.citebot.cli.bench.Benchmark;
import dev.citebot.cli.bench.ColdStartResult;
import dev.citebot.cli.bench.SizeReport;

/** How {@code bench} prints a {@link BenchReport}: one JSON object, or markdown tables with notes. */
final class BenchOutput {
    static final String SYNTHETIC_NOTE = "Sizes beyond the real passages are filled with synthetic passages: real "
            + "sentences reused (copies of the real articles) with unit-normalised random vectors, stored through "
            + "our H2 store; query embeddings are real.";
    static final String BASELINE_NOTE = "Baseline = DocumentSplitters.recursive(300, 30), the same model, "
            + "InMemoryEmbeddingStore, EmbeddingStoreContentRetriever maxResults 3; judged with the same QaJudge, "
            + "its first retrieved chunk taken as the quote and as the answer text, with no speaker (a speaker named "
            + "inside the chunk counts); it never refuses.";

    private BenchOutput() {
    }

    static String json(ObjectMapper mapper, BenchReport r) {
        ObjectNode n = mapper.createObjectNode()
                .put("articles", r.articles())
                .put("sentences", r.sentences())
                .put("raw_embed_sentences_per_s", round(r.rawEmbedSentencesPerS()))
                .put("ingest_sentences_per_s", round(r.ingestSentencesPerS()))
                .put("ingest_ratio", round(r.ingestRatio()));
        ColdStartResult cold = r.coldStart();
        if (cold != null) {
            n.put("cold_start_ms", round(cold.millis()))
                    .put("cold_start_passages", cold.passages())
                    .put("heap_used_mb", round(cold.memory().heapUsedMb()))
                    .put("heap_committed_mb", round(cold.memory().heapCommittedMb()))
                    .put("rss_mb", round(cold.memory().rssMb()));
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
            out.append(String.format("| cold start to first answer, %d passages (ms, median of %d) | %.0f | |%n",
                    cold.passages(), cold.runs(), cold.millis()));
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
}
