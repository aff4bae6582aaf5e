package dev.citebot.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched page.
 *
 * @param requested the URL as sent
 * @param url       where the body came from, after redirects
 * @param mediaType the content type without parameters, lower-case ({@code text/html}, {@code text/plain}, ...)
 * @param charset   the charset the server named, if any
 * @param body      at most {@link FetchLimits#maxBytes()} bytes
 */
public record FetchedPage(URI requested, URI url, String mediaType, Optional<Charset> charset, byte[] body) {
    public FetchedPage {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(body, "body");
    }

    public boolean html() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    public boolean markdown() {
        return mediaType.equals("text/markdown") || mediaType.equals("text/x-markdown");
    }
}
