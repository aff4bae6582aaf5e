package dev.citebot.ingest;

/**
 * Bad input for ingestion. The message is one short line meant for the user (it names the file and what
 * is wrong with it) and nothing has been stored.
 */
public final class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
