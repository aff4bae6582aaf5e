package dev.citebot.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the {@link Transactions} of every backend do; a backend runs it by a subclass that opens its
 * {@link StoreBackend}.
 */
public abstract class TransactionsContract {
    private static final String TEXT = "Harbour Reopens\n\nThe harbour reopened.";

    @TempDir
    Path dir;
    private StoreBackend backend;
    private Transactions db;
    private ArticleStore articles;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @BeforeEach
    void open() {
        backend = open(dir);
        db = backend.transactions();
        articles = backend.articles(Clock.systemUTC());
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void commitHooksRunInOrderAfterTheWorkIsCommittedAndTheResultIsReturned() {
        List<String> seen = new ArrayList<>();

        long id = db.inTransaction(tx -> {
            tx.onCommit(() -> seen.add("first, count " + articles.count()));
            tx.onCommit(() -> seen.add("second"));
            return TestArticles.insert(tx, articles, TEXT);
        });

        assertThat(seen).containsExactly("first, count 1", "second");
        assertThat(articles.find(id)).isPresent();
    }

    @Test
    void aFailureRollsBackDropsTheHooksAndIsRethrownUnchanged() {
        List<String> seen = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("embedding failed");

        assertThatThrownBy(() -> db.inTransaction(tx -> {
            tx.onCommit(() -> seen.add("hook"));
            TestArticles.insert(tx, articles, TEXT);
            throw failure;
        })).isSameAs(failure);

        assertThat(seen).isEmpty();
        assertThat(articles.count()).isZero();
    }

    @Test
    void aTransactionCannotBeUsedAfterItEnded() {
        AtomicReference<Transaction> leaked = new AtomicReference<>();
        db.inTransaction(tx -> {
            leaked.set(tx);
            return null;
        });

        assertThatThrownBy(() -> leaked.get().onCommit(() -> { })).isInstanceOf(IllegalStateException.class);
    }
}
