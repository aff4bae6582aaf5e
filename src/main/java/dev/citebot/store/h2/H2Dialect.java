package dev.citebot.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/** H2's SQL: the types the schema was first written with, {@code MERGE … KEY} and lazy query execution. */
final class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public String sql(String template) {
        return template.replace("{ID}", "BIGINT AUTO_INCREMENT").replace("{CLOB}", "CLOB")
                .replace("{BYTES}", "VARBINARY").replace("{BLOB}", "BLOB").replace("{NO_CACHE}", "NO CACHE");
    }

    @Override
    public String upsert(String table, List<String> key, List<String> columns) {
        return "MERGE INTO " + table + "(" + String.join(", ", columns) + ") KEY(" + String.join(", ", key)
                + ") VALUES (" + Dialect.placeholders(columns.size()) + ")";
    }

    /** H2 has no such insert outside its compatibility modes: callers insert under a savepoint instead. */
    @Override
    public String insertUnlessPresent(String table, List<String> columns) {
        return null;
    }

    /** H2 answers a table's {@code COUNT(*)} from the row count it keeps. */
    @Override
    public boolean countsRowsCheaply() {
        return true;
    }

    /** With H2's lazy execution, rows stream into the caller instead of being buffered as a result set first. */
    @Override
    public boolean skipLocked() {
        return false;
    }

    /** H2 hands binary values over as they are. */
    @Override
    public void readsLargeBinary(PreparedStatement query) {
    }

    /** An H2 file has one owner, which migrates it alone. */
    @Override
    public void lockMigrations(Connection c, boolean lock) {
    }
}
