package dev.citebot.store.h2;

import dev.citebot.telegram.inbound.DaemonThreads;

import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Chat scopes and update claims in a real H2 file. */
class ChatStateRepositoryIT {
    @TempDir
    Path dir;

    @Test
    void anUpdateIsClaimedOnceEvenAfterTheDatabaseIsReopened() {
        try (Database db = Database.open(dir.resolve("db"))) {
            ChatStateRepository chats = new ChatStateRepository(db);
            assertThat(chats.claim(1, 500)).isTrue();
            assertThat(chats.claim(1, 500)).isFalse();
        }
        try (Database db = Database.open(dir.resolve("db"))) {
            ChatStateRepository chats = new ChatStateRepository(db);
            assertThat(chats.claim(1, 500)).isFalse();
            assertThat(chats.claim(1, 501)).isTrue();
            assertThat(chats.claim(2, 500)).as("another bot's update 500").isTrue();
        }
    }

    @Test
    void concurrentClaimsOfOneUpdateHaveExactlyOneWinner() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            ChatStateRepository chats = new ChatStateRepository(db);
            ExecutorService pool = Executors.newFixedThreadPool(4, new DaemonThreads("claim-test"));
            try {
                List<Callable<Boolean>> claims = List.of(() -> chats.claim(1, 9), () -> chats.claim(1, 9),
                        () -> chats.claim(1, 9), () -> chats.claim(1, 9));
                long winners = 0;
                for (Future<Boolean> f : pool.invokeAll(claims)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void oldClaimsAreForgotten() {
        Instant then = Instant.parse("2025-01-01T00:00:00Z");
        try (Database db = Database.open(dir.resolve("db"))) {
            new ChatStateRepository(db, Clock.fixed(then, ZoneOffset.UTC)).claim(1, 1);
            ChatStateRepository now = new ChatStateRepository(db, Clock.fixed(then.plus(Duration.ofDays(8)),
                    ZoneOffset.UTC));
            now.claim(1, 2);

            assertThat(now.forgetClaimsBefore(then.plus(Duration.ofDays(1)))).isEqualTo(1);
            assertThat(now.claim(1, 1)).isTrue();
            assertThat(now.claim(1, 2)).isFalse();
        }
    }

    @Test
    void aChatScopeIsStoredChangedAndReset() {
        try (Database db = Database.open(dir.resolve("db"))) {
            long article = article(db);
            ChatStateRepository chats = new ChatStateRepository(db);
            assertThat(chats.scope(42)).isEqualTo(Scope.ALL);

            chats.setScope(42, Scope.article(article));
            assertThat(chats.scope(42)).isEqualTo(Scope.article(article));
            assertThat(chats.scope(43)).isEqualTo(Scope.ALL);

            chats.setScope(42, Scope.ALL);
            assertThat(chats.scope(42)).isEqualTo(Scope.ALL);
        }
    }

    @Test
    void aScopeSurvivesARestart() {
        long article;
        try (Database db = Database.open(dir.resolve("db"))) {
            article = article(db);
            new ChatStateRepository(db).setScope(-100, Scope.article(article));
        }
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThat(new ChatStateRepository(db).scope(-100)).isEqualTo(Scope.article(article));
        }
    }

    private static long article(Database db) {
        String text = "Pier Delay\n\nThe board met.";
        ParsedArticle parsed = new ParsedArticle("Pier Delay", text, "pier.txt");
        return db.inTransaction(tx -> new ArticleRepository(db).insert(tx, parsed, "a".repeat(64),
                List.of(new Paragraph(1, text.indexOf("The"), text.length()))));
    }
}
