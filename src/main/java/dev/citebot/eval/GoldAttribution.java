package dev.citebot.eval;

/**
 * One attribution of an evaluation corpus.
 *
 * @param content what is attributed
 * @param source  the source mention; empty when the annotation has none
 * @param cue     the cue; empty when the annotation has none
 */
public record GoldAttribution(Spans content, Spans source, Spans cue) {

    /** An attribution whose cue is not known. */
    public GoldAttribution(Spans content, Spans source) {
        this(content, source, Spans.of(0, 0));
    }
}
