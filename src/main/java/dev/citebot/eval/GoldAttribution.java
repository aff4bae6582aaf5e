package dev.citebot.eval;

/**
 * One attribution of an evaluation corpus.
 *
 * @param content what is attributed
 * @param source  the source mention; empty when the annotation has none
 */
public record GoldAttribution(Spans content, Spans source) {
}
