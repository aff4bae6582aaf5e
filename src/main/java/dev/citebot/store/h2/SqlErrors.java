package dev.citebot.store.h2;

import java.sql.SQLException;

/** What a failed statement means, by its SQLSTATE, which H2 and PostgreSQL both set by the SQL standard. */
final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's foreign key violation; H2 reports a missing parent row as 23506. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String H2_PARENT_MISSING = "23506";

    private SqlErrors() {
    }

    /** A row with the same primary key or unique value exists. */
    static boolean isDuplicate(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** A row names a parent row (an article) that does not exist. */
    static boolean isMissingParent(SQLException e) {
        return FOREIGN_KEY_VIOLATION.equals(e.getSQLState()) || H2_PARENT_MISSING.equals(e.getSQLState());
    }
}
