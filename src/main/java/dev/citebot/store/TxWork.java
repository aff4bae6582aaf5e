package dev.citebot.store;

import java.sql.SQLException;

/** Work done inside {@link Database#inTransaction}. */
@FunctionalInterface
public interface TxWork<T> {
    T run(Transaction tx) throws SQLException;
}
