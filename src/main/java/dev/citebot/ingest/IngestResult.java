package dev.citebot.ingest;

/**
 * The outcome of ingesting one article.
 *
 * @param alreadyPresent true when the same text was already stored (nothing was written)
 */
public record IngestResult(long articleId, String title, String source, int paragraphs, int sentences,
                           boolean alreadyPresent) {
}
