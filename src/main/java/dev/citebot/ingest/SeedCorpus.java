package dev.citebot.ingest;

import dev.citebot.store.ArticleRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The article bundled in the jar, ingested when the database holds no article at all. */
public final class SeedCorpus {
    static final String RESOURCE = "/seed-article.txt";

    private final ArticleReader reader;
    private final Ingestor ingestor;
    private final ArticleRepository articles;

    public SeedCorpus(ArticleReader reader, Ingestor ingestor, ArticleRepository articles) {
        this.reader = reader;
        this.ingestor = ingestor;
        this.articles = articles;
    }

    /** @return the result of ingesting the seed, or {@code null} when the database already had articles */
    public IngestResult ingestIfEmpty() {
        if (articles.count() > 0) {
            return null;
        }
        try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled seed article " + RESOURCE + " is missing from the jar");
            }
            return ingestor.ingest(reader.parse("seed-article.txt", in.readAllBytes(), "bundled:seed-article.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
