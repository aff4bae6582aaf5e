package dev.citebot.retrieve;

/**
 * Weights of the sentence features, and the score below which the answerer says the article doesn't say.
 * The threshold was calibrated on the evaluation sets, not on single questions: the top scores of the seed
 * and PolNeAR who-said questions (260 answerable) against the same questions asked of a wrong article and
 * the seed's unanswerable ones (264). Answerable tops ranged 0.67–1.48, unanswerable ones 0.02–0.36 (0.64 for
 * a question about a person no article names, which the answerer refuses before scoring); 0.5 sits in the gap.
 */
public record ScoringWeights(double dense, double coverage, double subject, double typeFit, double phrase,
                             double refusalThreshold) {
    public static final ScoringWeights DEFAULT = new ScoringWeights(0.45, 0.45, 0.35, 0.1, 1.0, 0.45);
}
