package dev.citebot.ingest;

import dev.citebot.article.Passages;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;

import dev.citebot.store.ArticleStore;
import dev.citebot.article.ArticleSummary;
import dev.citebot.store.PassageStore;
import dev.citebot.store.Transaction;
import dev.citebot.store.Transactions;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Stores articles: splits them, embeds their sentences in batches and writes article, paragraphs and vectors
 * in ONE transaction, so a failure anywhere (embedding included) leaves nothing of that article behind.
 * Derived indexes (the attribution index) are built by an {@link ArticleIndexer} in that same transaction.
 * Re-ingesting a text already stored (same SHA-256) writes nothing.
 */
public final class Ingestor {
    private final ArticleSplitter splitter;
    private final EmbeddingModel model;
    private final Transactions transactions;
    private final ArticleStore articles;
    private final PassageStore store;
    private final int batchSize;
    private final ArticleIndexer indexer;

    public Ingestor(ArticleSplitter splitter, EmbeddingModel model, Transactions transactions, ArticleStore articles,
                    PassageStore store, int batchSize) {
        this(splitter, model, transactions, articles, store, batchSize, ArticleIndexer.NONE);
    }

    public Ingestor(ArticleSplitter splitter, EmbeddingModel model, Transactions transactions, ArticleStore articles,
                    PassageStore store, int batchSize, ArticleIndexer indexer) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.splitter = splitter;
        this.model = model;
        this.transactions = transactions;
        this.articles = articles;
        this.store = store;
        this.batchSize = batchSize;
        this.indexer = indexer;
    }

    /** Sentences handed to the model in one {@code embedAll}. */
    public int batchSize() {
        return batchSize;
    }

    public IngestResult ingest(ParsedArticle article) {
        return ingest(article, IngestProgress.NONE, ArticleIndexer.NONE);
    }

    /** Stores the article as {@link #ingest(ParsedArticle)} does, telling {@code progress} how it goes. */
    public IngestResult ingest(ParsedArticle article, IngestProgress progress) {
        return ingest(article, progress, ArticleIndexer.NONE);
    }

    /**
     * Like {@link #ingest(ParsedArticle)}, and runs {@code also} in the same transaction after the ingestor's own
     * indexer (for what the caller records with a new article); {@code also} is not run for a text already stored.
     */
    public IngestResult ingest(ParsedArticle article, ArticleIndexer also) {
        return ingest(article, IngestProgress.NONE, also);
    }

    private IngestResult ingest(ParsedArticle article, IngestProgress progress, ArticleIndexer also) {
        String sha = sha256(article.text());
        Optional<ArticleSummary> existing = articles.findBySha256(sha);
        if (existing.isPresent()) {
            ArticleSummary s = existing.get();
            return new IngestResult(s.id(), s.title(), s.source(), s.paragraphs(), s.passages(), true);
        }
        long start = System.nanoTime();
        ArticleStructure structure = splitter.split(article);
        if (structure.sentences().isEmpty()) {
            throw new IngestException(article.source() + ": no text to index");
        }
        Clock clock = new Clock(System.nanoTime() - start);
        long id = transactions.inTransaction(tx -> {
            long articleId = articles.insert(tx, article, sha, structure.paragraphs());
            List<Sentence> sentences = structure.sentences();
            for (int from = 0; from < sentences.size(); from += batchSize) {
                List<Sentence> batch = sentences.subList(from, Math.min(sentences.size(), from + batchSize));
                addBatch(tx, articleId, article.text(), batch, clock);
                progress.embedded(from + batch.size(), sentences.size());
            }
            progress.indexing();
            long indexing = System.nanoTime();
            indexer.index(tx, articleId, article.text(), structure);
            also.index(tx, articleId, article.text(), structure);
            clock.index = System.nanoTime() - indexing;
            return articleId;
        });
        progress.finished(clock.times(System.nanoTime() - start, structure.sentences().size()));
        return new IngestResult(id, article.title(), article.source(), structure.paragraphs().size(),
                structure.sentences().size(), false);
    }

    private void addBatch(Transaction tx, long articleId, String text, List<Sentence> batch, Clock clock) {
        List<TextSegment> segments = new ArrayList<>(batch.size());
        List<String> ids = new ArrayList<>(batch.size());
        for (Sentence s : batch) {
            segments.add(Passages.segment(articleId, s, text));
            ids.add(articleId + "-" + s.index());
        }
        long start = System.nanoTime();
        Response<List<Embedding>> embedded = model.embedAll(segments);
        long stored = System.nanoTime();
        store.addAll(tx, ids, embedded.content(), segments);
        clock.embed += stored - start;
        clock.store += System.nanoTime() - stored;
        TokenUsage usage = embedded.tokenUsage();
        clock.tokens += usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
    }

    /** The phase times of one ingest, summed as it goes (one ingesting thread). */
    private static final class Clock {
        private final long split;
        private long embed;
        private long store;
        private long index;
        private long tokens;

        Clock(long split) {
            this.split = split;
        }

        IngestTimes times(long total, int embedded) {
            long other = Math.max(0, total - split - embed - store - index);
            return new IngestTimes(split, embed, store, index, other, embedded, tokens);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
