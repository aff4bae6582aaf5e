package dev.citebot.cli.bench;

import java.util.List;

/**
 * Measured figures of one {@code bench} run.
 *
 * @param database              where the databases were ("H2 files", or the PostgreSQL server without password)
 * @param rawEmbedSentencesPerS {@code embedAll} throughput of the model alone, on the same sentences and batches
 * @param ingestSentencesPerS   full ingest throughput (split, embed, store) into a fresh database
 * @param ours                  our pipeline's correct counts on the corpus of the real articles plus the seed
 * @param baseline              the textbook pipeline's, on the same articles
 * @param coldStart             null when no cold start was measured
 */
public record BenchReport(String database, int articles, int sentences, double rawEmbedSentencesPerS,
                          double ingestSentencesPerS, int baselineChunks, Quality ours, Quality baseline, int questionsTimed,
                          List<SizeReport> sizes, ColdStartResult coldStart) {
    public BenchReport {
        sizes = List.copyOf(sizes);
    }

    public double ingestRatio() {
        return ingestSentencesPerS / rawEmbedSentencesPerS;
    }
}
