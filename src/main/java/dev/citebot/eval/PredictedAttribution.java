package dev.citebot.eval;

/**
 * One attribution found by citebot, reduced to what the attribution metrics compare.
 *
 * @param content what is attributed
 * @param source  the speaker mention; empty when no speaker was found
 * @param cue     the cue; empty when the construction has none of its own
 */
public record PredictedAttribution(Spans content, Spans source, Spans cue) {

    /** An attribution whose cue is not known. */
    public PredictedAttribution(Spans content, Spans source) {
        this(content, source, Spans.of(0, 0));
    }
}
