package dev.citebot.store;

/**
 * An open transaction of {@link Transactions#inTransaction}: the handle that lets several stores write in one
 * transaction. Valid only while that call runs and only on its thread; a store accepts only the transactions of its
 * own backend.
 */
public interface Transaction {

    /**
     * Runs {@code hook} after this transaction commits, after hooks registered before it. Hooks are dropped on
     * rollback. This is how in-memory state follows the database without ever getting ahead of it.
     */
    void onCommit(Runnable hook);
}
