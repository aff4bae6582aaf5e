package dev.citebot.cli.bench;

import dev.citebot.ingest.IngestTimes;

/**
 * What {@code bench --large} measured.
 *
 * @param bytes            size of the generated article in UTF-8
 * @param sentences        its sentences (each one embedding)
 * @param distinct         distinct sentence texts among them
 * @param baseArticles     articles in the database before it (the real ones and the seed article)
 * @param basePassages     their passages
 * @param rawPerS          the model's raw {@code embedAll} rate on a sample of the article's sentences, same run
 * @param rawCpuMsPerSentence process CPU time per sentence of that sample
 * @param ingest           the article's ingest, phase by phase
 * @param ingestCpuS       process CPU time of the ingest (every thread)
 * @param peakRssMb        peak resident set during the ingest (VmHWM after resetting it; -1 if unknown)
 * @param before           answer times on a database of the same real articles without the generated one, timed
 *                         interleaved with {@code after}
 * @param after            answer times on the database with it
 * @param firstAfterMs     the first question after the ingest, untimed in {@code after} (it rebuilds the indexes)
 * @param coldStart        a fresh process's start on the database with the article (null when skipped)
 */
public record LargeReport(int bytes, int sentences, int distinct, int baseArticles, int basePassages,
                          double rawPerS, double rawCpuMsPerSentence, IngestTimes ingest, double ingestCpuS,
                          double peakRssMb, Times before, Times after, double firstAfterMs,
                          ColdStartResult coldStart) {

    /** Answer-time percentiles over the timed questions (every question {@link LargeBench#ROUNDS} times). */
    public record Times(int questions, double p50Ms, double p95Ms) {
    }

    /** Embedding alone at the raw rate: the floor under the ingest time, in seconds. */
    public double embeddingFloorS() {
        return sentences / rawPerS;
    }

    /** Answer time with the article over answer time without, at the median and the 95th percentile. */
    public double p50Ratio() {
        return after.p50Ms() / before.p50Ms();
    }

    public double p95Ratio() {
        return after.p95Ms() / before.p95Ms();
    }
}
