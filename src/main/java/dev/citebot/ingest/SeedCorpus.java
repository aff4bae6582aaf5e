package dev.citebot.ingest;

import dev.citebot.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The article bundled in the jar, ingested when the database holds no article at all. */
public final class SeedCorpus {
    private static final Logger LOG = LoggerFactory.getLogger(SeedCorpus.class);
    static final String RESOURCE = "/seed-article.txt";

    private final ArticleReader reader;
    private final Ingestor ingestor;
    private final ArticleStore articles;

    public SeedCorpus(ArticleReader reader, Ingestor ingestor, ArticleStore articles) {
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
            IngestResult seed = ingestor.ingest(reader.parse("seed-article.txt", in.readAllBytes(), "bundled:seed-article.txt"));
            LOG.info("First start: ingested the bundled article #{} “{}” ({} sentences)", seed.articleId(), seed.title(),
                    seed.sentences());
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
