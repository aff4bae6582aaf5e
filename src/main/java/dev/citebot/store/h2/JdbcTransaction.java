package dev.citebot.store.h2;

import dev.citebot.store.Transaction;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@link Transaction} handed out by {@link Database}; it refuses use once the transaction has ended. */
final class JdbcTransaction implements Transaction {
    private final Connection connection;
    private final List<Runnable> hooks = new ArrayList<>();
    private boolean open = true;

    JdbcTransaction(Connection connection) {
        this.connection = connection;
    }

    /**
     * The H2 transaction behind {@code tx}.
     *
     * @throws IllegalArgumentException if {@code tx} is another backend's transaction
     */
    static JdbcTransaction of(Transaction tx) {
        Objects.requireNonNull(tx, "tx");
        if (tx instanceof JdbcTransaction jdbc) {
            return jdbc;
        }
        throw new IllegalArgumentException("not a transaction of an H2 database: " + tx.getClass().getName());
    }

    /** The transaction's connection (autocommit off). Do not commit, roll back or close it. */
    Connection connection() {
        ensureOpen();
        return connection;
    }

    @Override
    public void onCommit(Runnable hook) {
        Objects.requireNonNull(hook, "hook");
        ensureOpen();
        hooks.add(hook);
    }

    void end() {
        open = false;
    }

    /**
     * Runs every hook in order. A failing hook does not stop the later ones (the data is committed either way);
     * the first failure is rethrown afterwards with any others suppressed.
     */
    void runCommitHooks() {
        RuntimeException failure = null;
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("the transaction has already ended");
        }
    }
}
