package dev.citebot.store.h2;

import java.sql.Connection;
import java.sql.SQLException;

/** Read-only work done on a connection lent by {@link Database#read}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
