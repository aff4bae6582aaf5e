package dev.citebot.retrieve;

/**
 * Weights of the sentence features, and the score below which the answerer says the article doesn't say.
 * Chosen on the evaluation sets (the seed QA and the PolNeAR who-said questions), not on single questions;
 * {@link #DEFAULT} holds the calibrated values.
 */
public record ScoringWeights(double dense, double coverage, double subject, double typeFit, double phrase,
                             double refusalThreshold) {
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.45, 0.45, 0.35, 0.1, 1.0, 0.55);
}
