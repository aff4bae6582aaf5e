package dev.citebot.store.h2;

import dev.citebot.store.Transaction;
import dev.citebot.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    private static final Migrations.Migration M1 = Migrations.Migration.of(1, "notes",
            "CREATE TABLE note(id INT PRIMARY KEY, body VARCHAR NOT NULL)");
    private static final Migrations.Migration M2 = Migrations.Migration.of(2, "tags",
            "CREATE TABLE tag(name VARCHAR PRIMARY KEY)", "INSERT INTO tag VALUES ('first')");

    @TempDir
    Path dir;

    @Test
    void openCreatesParentDirectoriesAndAppliesAllMigrations() {
        Path file = dir.resolve("nested/data/citebot");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latestVersion()).isPositive();
            assertThat(tables(db)).contains("ARTICLE", "PARAGRAPH", "EMBEDDING_BLOCK", "EMBEDDING_ID", "SCHEMA_VERSION")
                    .doesNotContain("EMBEDDING");
        }
        assertThat(dir.resolve("nested/data/citebot.mv.db")).isRegularFile();
    }

    @Test
    void reopeningAppliesNoMigrationTwice() {
        Path file = dir.resolve("citebot");
        int version;
        try (Database db = Database.open(file)) {
            version = db.schemaVersion();
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(version);
            assertThat(count(db, "SELECT COUNT(*) FROM schema_version")).isEqualTo(version);
        }
    }

    @Test
    void upgradeAppliesOnlyTheMissingMigrations() {
        Path file = dir.resolve("db");
        try (Database db = Database.open(file, new Migrations(List.of(M1)))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            assertThat(tables(db)).contains("NOTE").doesNotContain("TAG");
        }
        try (Database db = Database.open(file, new Migrations(List.of(M1, M2)))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
        try (Database db = Database.open(file, new Migrations(List.of(M1, M2)))) {
            assertThat(count(db, "SELECT COUNT(*) FROM tag")).isEqualTo(1);
            List<String> descriptions =
                    db.read(c -> strings(c, "SELECT description FROM schema_version ORDER BY version"));
            assertThat(descriptions).containsExactly("notes", "tags");
        }
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() {
        Path file = dir.resolve("db");
        Database.open(file, new Migrations(List.of(M1, M2))).close();

        assertThatThrownBy(() -> Database.open(file, new Migrations(List.of(M1))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 2")
                .hasMessageContaining("only up to 1");
        Database.open(file, new Migrations(List.of(M1, M2))).close();
    }

    @Test
    void migrationVersionsMustBeConsecutive() {
        assertThatThrownBy(() -> new Migrations(List.of(M2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void commitKeepsTheChangesAndThenRunsTheHooksInOrder() {
        try (Database db = openNotes()) {
            List<String> events = new ArrayList<>();
            String result = db.write(tx -> {
                insertNote(tx.connection(), 1);
                tx.onCommit(() -> events.add("first, sees " + count(db, "SELECT COUNT(*) FROM note")));
                tx.onCommit(() -> events.add("second"));
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(events).containsExactly("first, sees 1", "second");
            assertThat(count(db, "SELECT COUNT(*) FROM note")).isEqualTo(1);
        }
    }

    @Test
    void aRuntimeExceptionRollsBackDropsTheHooksAndIsRethrownAsIs() {
        try (Database db = openNotes()) {
            List<String> events = new ArrayList<>();
            IllegalStateException failure = new IllegalStateException("boom");

            assertThatThrownBy(() -> db.write(tx -> {
                insertNote(tx.connection(), 1);
                tx.onCommit(() -> events.add("hook"));
                throw failure;
            })).isSameAs(failure);

            assertThat(count(db, "SELECT COUNT(*) FROM note")).isZero();
            assertThat(events).isEmpty();
        }
    }

    @Test
    void anSqlExceptionRollsBackAndIsWrapped() {
        try (Database db = openNotes()) {
            List<String> events = new ArrayList<>();

            assertThatThrownBy(() -> db.write(tx -> {
                insertNote(tx.connection(), 1);
                tx.onCommit(() -> events.add("hook"));
                insertNote(tx.connection(), 1);
                return null;
            })).isInstanceOf(StoreException.class)
                    .hasCauseInstanceOf(SQLException.class)
                    .hasMessageContaining("transaction failed");

            assertThat(count(db, "SELECT COUNT(*) FROM note")).isZero();
            assertThat(events).isEmpty();
        }
    }

    @Test
    void aFailingHookDoesNotStopTheLaterOnesAndTheDataStaysCommitted() {
        try (Database db = openNotes()) {
            List<String> events = new ArrayList<>();
            IllegalStateException failure = new IllegalStateException("hook failed");

            assertThatThrownBy(() -> db.write(tx -> {
                insertNote(tx.connection(), 1);
                tx.onCommit(() -> {
                    throw failure;
                });
                tx.onCommit(() -> events.add("later hook"));
                return null;
            })).isSameAs(failure);

            assertThat(events).containsExactly("later hook");
            assertThat(count(db, "SELECT COUNT(*) FROM note")).isEqualTo(1);
        }
    }

    @Test
    void anotherBackendsTransactionIsRefused() {
        Transaction foreign = hook -> { };

        assertThatThrownBy(() -> JdbcTransaction.of(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a transaction of an H2 database");
    }

    @Test
    void aTransactionCannotBeUsedAfterItEnded() {
        try (Database db = openNotes()) {
            AtomicReference<Transaction> leaked = new AtomicReference<>();
            db.write(tx -> {
                leaked.set(tx);
                return null;
            });

            assertThatThrownBy(() -> leaked.get().onCommit(() -> { }))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> JdbcTransaction.of(leaked.get()).connection())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void readWrapsSqlExceptions() {
        try (Database db = openNotes()) {
            assertThatThrownBy(() -> db.read(c -> count(c, "SELECT COUNT(*) FROM no_such_table")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("NO_SUCH_TABLE")
                    .hasCauseInstanceOf(SQLException.class);
        }
    }

    @Test
    void openingTheSameFileTwiceInOneProcessFailsClearlyAndLeavesTheFirstUsable() {
        Path file = dir.resolve("citebot");
        try (Database first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("already open in this process");

            assertThat(first.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
        }
        Database.open(file).close();
    }

    @Test
    void aFileLockedByAnotherProcessFailsClearly() throws Exception {
        Path file = dir.resolve("citebot");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open");

            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("citebot.mv.db")
                    .hasMessageContaining("locked by another process");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        Database.open(file).close();
    }

    @Test
    void aCorruptFileFailsClearly() throws Exception {
        Files.writeString(dir.resolve("citebot.mv.db"), "not an H2 database\n".repeat(500));

        assertThatThrownBy(() -> Database.open(dir.resolve("citebot")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("citebot.mv.db")
                .hasMessageContaining("corrupt");
    }

    @Test
    void theMvDbSuffixIsOptional() {
        Database.open(dir.resolve("citebot.mv.db")).close();

        assertThat(dir.resolve("citebot.mv.db")).isRegularFile();
        assertThat(dir.resolve("citebot.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        Database db = openNotes();
        db.close();
        db.close();

        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.inTransaction(tx -> 1)).isInstanceOf(IllegalStateException.class);
    }

    private Database openNotes() {
        return Database.open(dir.resolve("notes"), new Migrations(List.of(M1)));
    }

    private static void insertNote(Connection c, int id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO note VALUES (" + id + ", 'note " + id + "')");
        }
    }

    private static long count(Database db, String sql) {
        return db.read(c -> count(c, sql));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(Database db) {
        return db.read(c -> strings(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'"));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
