package dev.citebot.ingest;

/** Told how an ingest goes, from the ingesting thread; for a long article, so that a user sees it move. */
public interface IngestProgress {
    IngestProgress NONE = new IngestProgress() {
    };

    /** {@code done} of the article's {@code total} sentences are embedded. */
    default void embedded(int done, int total) {
    }

    /** Every sentence is embedded; the attribution index is being built. */
    default void indexing() {
    }

    /** The article is committed; where its ingest spent its time. Not called for a text already stored. */
    default void finished(IngestTimes times) {
    }
}
