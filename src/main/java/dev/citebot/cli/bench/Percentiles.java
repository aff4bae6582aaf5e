package dev.citebot.cli.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations. */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(double[] sample) {
        this.sorted = sample.clone();
        Arrays.sort(this.sorted);
    }

    /** The nearest-rank {@code p}-th percentile, {@code 0 < p <= 100}; 0 for an empty sample. */
    public double at(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
