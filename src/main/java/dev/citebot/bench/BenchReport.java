package dev.citebot.bench;

/**
 * Measured figures of one {@code bench} run.
 *
 * @param rawEmbedSentencesPerS {@code embedAll} throughput of the model alone, on the same sentences
 * @param ingestSentencesPerS   full ingest throughput (read, split, embed, store) into a fresh database
 * @param askP50Ms              warm end-to-end answer latency, question embedding included
 */
public record BenchReport(int articles, int sentences, double rawEmbedSentencesPerS, double ingestSentencesPerS,
                          int questions, double askP50Ms, double askP95Ms, double askP99Ms) {
    public double ingestRatio() {
        return ingestSentencesPerS / rawEmbedSentencesPerS;
    }
}
