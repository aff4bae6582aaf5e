package dev.citebot.ingest;

/**
 * Where one article's ingest spent its time, wall-clock, on the ingesting thread.
 *
 * @param splitNanos  paragraphs and sentences found
 * @param embedNanos  the model's {@code embedAll} calls
 * @param storeNanos  vectors and segments written to the passage store
 * @param indexNanos  derived indexes built and written (the attribution index: who said what)
 * @param otherNanos  the rest: the article's own rows and the commit
 * @param embedded    sentences embedded
 * @param tokens      tokens the model read, as it reports them (0 when it does not)
 */
public record IngestTimes(long splitNanos, long embedNanos, long storeNanos, long indexNanos, long otherNanos,
                          int embedded, long tokens) {

    public long totalNanos() {
        return splitNanos + embedNanos + storeNanos + indexNanos + otherNanos;
    }
}
