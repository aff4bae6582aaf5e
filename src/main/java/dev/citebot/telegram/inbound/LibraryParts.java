package dev.citebot.telegram.inbound;

import dev.citebot.config.LibrarySettings;
import dev.citebot.ingest.ArticleExtractor;
import dev.citebot.ingest.ArticleLibrary;
import dev.citebot.ingest.ArticleReader;
import dev.citebot.ingest.fetch.PageFetcher;

/** What the bot needs to add articles from the chat; built by the composition root. */
public record LibraryParts(ArticleLibrary library, PageFetcher fetcher, ArticleExtractor extractor,
                           ArticleReader reader, LibrarySettings settings) {
}
