package dev.citebot.ingest;

/** A half-open range {@code [start, end)} of offsets into an article text. */
record TextRange(int start, int end) {
}
