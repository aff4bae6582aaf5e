package dev.citebot.cli.bench;

/**
 * Latencies at one store size. Search times are the dense search alone (query already embedded), each pipeline
 * asking what it asks in production: ours 30 candidates, the baseline 3. Ask times are end to end, question
 * embedding included.
 *
 * @param passages  rows in our store (and in the baseline's store for the search timing)
 * @param synthetic how many of them are synthetic: a real sentence reused with a random unit vector
 * @param baselineSearchP50Ms NaN (as its p95 and the speedup) when the baseline was not timed at this size
 */
public record SizeReport(int passages, int synthetic, double searchP50Ms, double searchP95Ms,
                         double baselineSearchP50Ms, double baselineSearchP95Ms, double askP50Ms, double askP95Ms,
                         double askP99Ms) {
    /** Baseline search p50 over ours. */
    public double speedup() {
        return searchP50Ms == 0 ? 0 : baselineSearchP50Ms / searchP50Ms;
    }
}
