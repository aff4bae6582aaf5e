package dev.citebot.store;

import java.util.Objects;

/**
 * An attribution read back from {@link AttributionStore}, with what the store adds from its article.
 *
 * @param articleId the article
 * @param source    the article's source (its path or resource name)
 * @param row       the attribution as it was stored
 * @param content   the attributed text, {@code article.text.substring(row.contentStart, row.contentEnd)}
 */
public record StoredAttribution(long articleId, String source, AttributionRow row, String content) {
    public StoredAttribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(content, "content");
    }
}
