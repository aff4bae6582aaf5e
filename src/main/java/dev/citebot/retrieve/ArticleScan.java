package dev.citebot.retrieve;

import dev.citebot.store.ArticleRepository;
import dev.citebot.store.StoredArticle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every stored article read and its text scanned into words ({@link ScannedTexts}) on a thread of its own, started
 * as soon as the database is open, so that this costly half of the first corpus snapshot overlaps the loading of
 * the embeddings. The first snapshot takes the result if no article was added or deleted since; any later one
 * scans afresh.
 */
public final class ArticleScan {
    private final CompletableFuture<Scanned> result;
    private final AtomicBoolean taken = new AtomicBoolean();

    private ArticleScan(CompletableFuture<Scanned> result) {
        this.result = result;
    }

    /** Starts reading and scanning on a new daemon thread. */
    public static ArticleScan start(ArticleRepository repository) {
        CompletableFuture<Scanned> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(Scanned.of(repository.all()));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "citebot-corpus");
        thread.setDaemon(true);
        thread.start();
        return new ArticleScan(result);
    }

    /** No scan ahead: the first snapshot reads and scans the articles itself. */
    public static ArticleScan none() {
        ArticleScan scan = new ArticleScan(CompletableFuture.completedFuture(null));
        scan.taken.set(true);
        return scan;
    }

    /** Waits until the scan has finished, successfully or not (so that the database can be closed under it). */
    public void await() {
        result.handle((r, e) -> null).join();
    }

    /** The scan, the first time only and if it succeeded. */
    Optional<Scanned> take() {
        if (taken.getAndSet(true)) {
            return Optional.empty();
        }
        return Optional.ofNullable(result.handle((r, e) -> e == null ? r : null).join());
    }

    /** The articles, ordered by id, and their texts scanned in that order. */
    record Scanned(List<StoredArticle> articles, ScannedTexts texts) {
        static Scanned of(List<StoredArticle> articles) {
            return new Scanned(articles, ScannedTexts.of(articles.stream().map(StoredArticle::text).toList()));
        }

        ArticleRepository.Extent extent() {
            return ArticleRepository.Extent.of(articles);
        }
    }
}
