package dev.citebot.store.h2;

import java.sql.SQLException;

/** Work done inside {@link Database#write}, on the transaction's connection. */
@FunctionalInterface
public interface TxWork<T> {
    T run(JdbcTransaction tx) throws SQLException;
}
