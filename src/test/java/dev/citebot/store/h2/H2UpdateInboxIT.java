package dev.citebot.store.h2;

import dev.citebot.store.UpdateInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The durable inbox in a real H2 file. */
class H2UpdateInboxIT {
    @TempDir
    Path dir;

    private static UpdateInbox.Item item(long id, long chat) {
        return new UpdateInbox.Item(id, chat, "{\"update_id\":" + id + "}");
    }

    @Test
    void addedUpdatesArePendingAcrossAReopenUntilDoneAndARedeliveryIsNotAddedAgain() {
        try (Database db = Database.open(dir.resolve("db"))) {
            UpdateInbox inbox = new H2UpdateInbox(db);
            assertThat(inbox.add(7, List.of(item(3, 10), item(1, 11)))).containsExactly(item(3, 10), item(1, 11));
            assertThat(inbox.add(7, List.of(item(1, 11), item(2, 10)))).as("1 was there already")
                    .containsExactly(item(2, 10));
            inbox.done(7, 2);
        }
        try (Database db = Database.open(dir.resolve("db"))) {
            UpdateInbox inbox = new H2UpdateInbox(db);
            assertThat(inbox.pending(7)).containsExactly(item(1, 11), item(3, 10));
            assertThat(inbox.pending(8)).as("another bot's").isEmpty();
            assertThat(inbox.add(7, List.of(item(2, 10)))).as("done, then redelivered").isEmpty();
            inbox.done(7, 1);
            inbox.done(7, 3);
            assertThat(inbox.pending(7)).isEmpty();
        }
    }

    @Test
    void doneUpdatesAreForgottenAfterTheCutoffAndPendingOnesNever() {
        Instant then = Instant.parse("2026-01-01T00:00:00Z");
        try (Database db = Database.open(dir.resolve("db"))) {
            UpdateInbox old = new H2UpdateInbox(db, Clock.fixed(then, ZoneOffset.UTC));
            old.add(7, List.of(item(1, 1), item(2, 1)));
            old.done(7, 1);
            UpdateInbox inbox = new H2UpdateInbox(db);
            assertThat(inbox.forgetDoneBefore(then.plus(Duration.ofDays(1)))).isEqualTo(1);
            assertThat(inbox.pending(7)).containsExactly(item(2, 1));
            assertThat(inbox.add(7, List.of(item(1, 1)))).as("forgotten, so new again").hasSize(1);
        }
    }

    @Test
    void articleIdsDoNotJumpAfterACrash() throws Exception {
        Database.open(dir.resolve("db")).close();
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate(insertArticle("a"));
            s.execute("SHUTDOWN IMMEDIATELY");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate(insertArticle("b"));
            try (ResultSet rs = s.executeQuery("SELECT id FROM article ORDER BY id")) {
                List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                assertThat(ids).containsExactly(1L, 2L);
            }
        }
    }

    private static String insertArticle(String sha) {
        return "INSERT INTO article(title, source, sha256, text, ingested_at) VALUES ('t', 's', '" + sha
                + "', 'x', CURRENT_TIMESTAMP)";
    }
}
