package dev.citebot.store;

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

    @Override
    public Connection connection() {
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
