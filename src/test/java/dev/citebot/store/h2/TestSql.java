package dev.citebot.store.h2;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on an H2 {@link Database}, for tests elsewhere that must set up or inspect what no store interface
 * offers (a database left by an older version, what a cache saved).
 */
public final class TestSql {
    private TestSql() {
    }

    /** Runs {@code statements} in one transaction; returns the update count of the last. */
    public static int update(Database db, String... statements) {
        return db.write(tx -> {
            int count = 0;
            try (Statement s = tx.connection().createStatement()) {
                for (String sql : statements) {
                    count = s.executeUpdate(sql);
                }
            }
            return count;
        });
    }

    /** The first column of every row {@code query} returns, as strings. */
    public static List<String> column(Database db, String query) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
