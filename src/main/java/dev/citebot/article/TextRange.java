package dev.citebot.article;

/** A half-open range {@code [start, end)} of offsets into an article text. */
public record TextRange(int start, int end) {
}
