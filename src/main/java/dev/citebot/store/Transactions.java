package dev.citebot.store;

/** Runs work that writes to several stores as one transaction: all of it is stored, or none. */
@FunctionalInterface
public interface Transactions {

    /**
     * Runs {@code work} in one transaction, commits, then runs the hooks the work registered with
     * {@link Transaction#onCommit} in order. On any exception the transaction is rolled back, its hooks are dropped
     * and the exception is rethrown (a backend failure as a {@link StoreException}).
     */
    <T> T inTransaction(Work<T> work);

    /** Work done inside {@link #inTransaction}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx);
    }
}
