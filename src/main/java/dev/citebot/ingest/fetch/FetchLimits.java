package dev.citebot.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one fetch may take.
 *
 * @param maxBytes     largest body read; a longer one is aborted while streaming
 * @param timeout      the whole fetch, redirects included
 * @param maxRedirects redirects followed before giving up
 */
public record FetchLimits(int maxBytes, Duration timeout, int maxRedirects) {
    /** 5 MB, 20 seconds, 5 redirects. */
    public static final FetchLimits DEFAULT = new FetchLimits(5 * 1024 * 1024, Duration.ofSeconds(20), 5);

    public FetchLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1 || timeout.isNegative() || timeout.isZero() || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }
}
