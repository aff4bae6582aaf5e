package dev.citebot.eval;

/**
 * One attribution found by citebot, reduced to what the attribution metrics compare.
 *
 * @param content what is attributed
 * @param source  the speaker mention; empty when no speaker was found
 */
public record PredictedAttribution(Spans content, Spans source) {
}
