package dev.citebot.article;

import java.time.Instant;

/**
 * An article without its text, for listings.
 *
 * @param paragraphs number of stored paragraphs
 * @param passages   number of stored embeddings whose {@code article_id} is this article
 */
public record ArticleSummary(long id, String title, String source, String sha256, int paragraphs, int passages,
                             Instant ingestedAt) {
}
