package dev.citebot.store.h2;

import dev.citebot.config.PostgresSettings;
import dev.citebot.config.Secret;
import dev.citebot.store.StoreException;
import dev.citebot.store.UpdateInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL {@link Database}: migrations, several processes on one database, and failures to open. */
class PgDatabaseIT {
    private static final String PASSWORD = "pw-Zq81-never-shown";

    @TempDir
    Path dir;

    @Test
    void theMigrationsGiveTheSameVersionsAndChecksumsAsOnH2() {
        List<String> h2;
        try (Database db = Database.open(dir.resolve("citebot"))) {
            h2 = versions(db);
        }
        try (Database db = Database.openPostgres(EmbeddedPg.server().newDatabase())) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(versions(db)).isEqualTo(h2).hasSize(Migrations.standard().latestVersion());
        }
    }

    @Test
    void anEditedMigrationIsRefusedOnPostgresToo() {
        PostgresSettings settings = EmbeddedPg.server().newDatabase();
        Migrations.Migration notes = Migrations.Migration.of(1, "notes", "CREATE TABLE note(body {CLOB})");
        Database.openPostgres(settings, new Migrations(List.of(notes))).close();
        Migrations.Migration edited = Migrations.Migration.of(1, "notes", "CREATE TABLE note(body VARCHAR(9))");

        assertThatThrownBy(() -> Database.openPostgres(settings, new Migrations(List.of(edited))))
                .isInstanceOf(StoreException.class).hasMessageContaining("migration 1 (notes) was changed");
    }

    @Test
    void instancesStartingTogetherMigrateOnce() throws Exception {
        PostgresSettings settings = EmbeddedPg.server().newDatabase();
        CyclicBarrier together = new CyclicBarrier(3);
        List<Database> opened = all(3, () -> {
            together.await();
            return Database.openPostgres(settings);
        });
        try {
            assertThat(versions(opened.get(0))).hasSize(Migrations.standard().latestVersion());
        } finally {
            opened.forEach(Database::close);
        }
    }

    @Test
    void anUpdateDeliveredToSeveralInstancesAtOnceIsAddedByOne() throws Exception {
        PostgresSettings settings = EmbeddedPg.server().newDatabase();
        List<Database> instances = all(2, () -> Database.openPostgres(settings));
        try {
            for (int update = 1; update <= 20; update++) {
                UpdateInbox.Item item = new UpdateInbox.Item(update, 5, "{\"update_id\":" + update + "}");
                CyclicBarrier together = new CyclicBarrier(2);
                List<List<UpdateInbox.Item>> results = all(2, List.of(instances.get(0), instances.get(1)), db -> {
                    together.await();
                    return new H2UpdateInbox(db, Clock.systemUTC()).add(1, List.of(item));
                });
                assertThat(results.stream().mapToInt(List::size).sum()).as("update %d", update).isEqualTo(1);
            }
            assertThat(new H2UpdateInbox(instances.get(1)).pending(1)).hasSize(20);
        } finally {
            instances.forEach(Database::close);
        }
    }

    @Test
    void aMissingDatabaseIsNamedWithoutThePassword() {
        EmbeddedPg server = EmbeddedPg.server();
        PostgresSettings missing = new PostgresSettings("127.0.0.1", server.port(), "no_such_db", "postgres",
                Optional.of(new Secret(PASSWORD)));

        assertThatThrownBy(() -> Database.openPostgres(missing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://postgres@127.0.0.1:" + server.port() + "/no_such_db")
                .hasMessageContaining("does not exist")
                .satisfies(e -> assertThat(chain(e)).doesNotContain(PASSWORD));
    }

    @Test
    void anUnreachableServerIsNamedWithoutThePassword() {
        PostgresSettings nowhere = new PostgresSettings("127.0.0.1", 1, "citebot", "bot",
                Optional.of(new Secret(PASSWORD)));

        assertThatThrownBy(() -> Database.openPostgres(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach database postgresql://bot@127.0.0.1:1/citebot")
                .satisfies(e -> assertThat(chain(e)).doesNotContain(PASSWORD));
    }

    /** Every message of {@code e} and its causes, and their {@code toString}s. */
    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static List<String> versions(Database db) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT version, description, checksum FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return rows;
        });
    }

    private static <T> List<T> all(int n, Callable<T> task) throws Exception {
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            none.add(i);
        }
        return all(n, none, ignored -> task.call());
    }

    private static <I, T> List<T> all(int n, List<I> inputs, Work<I, T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (I input : inputs) {
                futures.add(pool.submit(() -> work.run(input)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Work<I, T> {
        T run(I input) throws Exception;
    }
}
