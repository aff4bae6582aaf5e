package dev.citebot.ingest.fetch;

/** A page that was not fetched, with a short reason fit to show the person who sent the link. */
public final class FetchRefused extends RuntimeException {
    public FetchRefused(String message) {
        super(message);
    }

    public FetchRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
