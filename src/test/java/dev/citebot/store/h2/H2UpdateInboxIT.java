package dev.citebot.store.h2;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What only H2 needs of the inbox's migration: article ids without a cache (the inbox itself: {@link H2UpdateInboxContractIT}). */
class H2UpdateInboxIT {
    @TempDir
    Path dir;

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
