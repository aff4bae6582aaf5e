package dev.citebot.retrieve;

import dev.citebot.store.ArticleRepository;
import dev.citebot.store.StoredArticle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every stored article (with its text) read on a thread of its own, started as soon as the database is open, so
 * that reading them overlaps loading the embeddings. The first corpus snapshot takes the result if no article was
 * added or deleted since; any later one reads afresh.
 */
public final class ArticleReadAhead {
    private final CompletableFuture<List<StoredArticle>> result;
    private final AtomicBoolean taken = new AtomicBoolean();

    private ArticleReadAhead(CompletableFuture<List<StoredArticle>> result) {
        this.result = result;
    }

    /** Starts reading on a new daemon thread. */
    public static ArticleReadAhead start(ArticleRepository repository) {
        CompletableFuture<List<StoredArticle>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(repository.all());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "citebot-articles");
        thread.setDaemon(true);
        thread.start();
        return new ArticleReadAhead(result);
    }

    /** Nothing read ahead: the first snapshot reads the articles itself. */
    public static ArticleReadAhead none() {
        ArticleReadAhead none = new ArticleReadAhead(CompletableFuture.completedFuture(null));
        none.taken.set(true);
        return none;
    }

    /** Waits until the reading has finished, successfully or not (so that the database can be closed under it). */
    public void await() {
        result.handle((r, e) -> null).join();
    }

    /** The articles, ordered by id; the first time only and if the reading succeeded. */
    Optional<List<StoredArticle>> take() {
        if (taken.getAndSet(true)) {
            return Optional.empty();
        }
        return Optional.ofNullable(result.handle((r, e) -> e == null ? r : null).join());
    }
}
