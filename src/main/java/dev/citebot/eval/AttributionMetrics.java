package dev.citebot.eval;

import java.util.Locale;

/**
 * The attribution metrics of an evaluation run (see {@link AttributionTally} for how pairs are made).
 *
 * @param predicted    attributions citebot found
 * @param gold         attributions of the gold standard
 * @param overlapPairs pairs whose contents overlap
 * @param jaccardPairs pairs whose contents have Jaccard &ge; 0.5
 * @param sourceRight  overlap pairs whose source is right
 * @param endToEnd     Jaccard pairs whose source is right
 */
public record AttributionMetrics(int predicted, int gold, int overlapPairs, int jaccardPairs, int sourceRight,
                                 int endToEnd) {

    public double overlapF1() {
        return f1(overlapPairs);
    }

    public double jaccardF1() {
        return f1(jaccardPairs);
    }

    public double endToEndF1() {
        return f1(endToEnd);
    }

    public double sourceAccuracy() {
        return overlapPairs == 0 ? 0 : (double) sourceRight / overlapPairs;
    }

    private double f1(int right) {
        return right == 0 ? 0 : 2.0 * right / (predicted + gold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The report the {@code eval} command prints. */
    public String report() {
        return String.format(Locale.ROOT, "attributions: %d predicted, %d gold%n"
                        + "content (overlap):     P %.3f  R %.3f  F1 %.3f%n"
                        + "content (Jaccard>=.5): P %.3f  R %.3f  F1 %.3f%n"
                        + "source accuracy:       %.3f (%d/%d overlap pairs)%n"
                        + "end to end:            P %.3f  R %.3f  F1 %.3f",
                predicted, gold, ratio(overlapPairs, predicted), ratio(overlapPairs, gold), overlapF1(),
                ratio(jaccardPairs, predicted), ratio(jaccardPairs, gold), jaccardF1(), sourceAccuracy(),
                sourceRight, overlapPairs, ratio(endToEnd, predicted), ratio(endToEnd, gold), endToEndF1());
    }
}
