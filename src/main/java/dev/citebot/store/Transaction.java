package dev.citebot.store;

import java.sql.Connection;

/**
 * An open transaction of {@link Database#inTransaction}. Valid only while that call runs and only on its thread.
 */
public interface Transaction {

    /** The transaction's connection (autocommit off). Do not commit, roll back or close it. */
    Connection connection();

    /**
     * Runs {@code hook} after this transaction commits, after hooks registered before it. Hooks are dropped on
     * rollback. This is how in-memory state follows the database without ever getting ahead of it.
     */
    void onCommit(Runnable hook);
}
