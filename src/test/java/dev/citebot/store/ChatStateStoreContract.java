package dev.citebot.store;

import dev.citebot.article.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ChatStateStore} does; a backend runs it by a subclass that opens its {@link StoreBackend}. */
public abstract class ChatStateStoreContract {
    @TempDir
    Path dir;

    /** Opens a new, empty database in {@code dir}. */
    protected abstract StoreBackend open(Path dir);

    @Test
    void aChatScopeIsStoredChangedAndReset() {
        try (StoreBackend backend = open(dir)) {
            long article = article(backend);
            ChatStateStore chats = backend.chatStates();
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
        StoreBackend backend = open(dir);
        long article = article(backend);
        backend.chatStates().setScope(-100, Scope.article(article));
        try (StoreBackend reopened = backend.reopen()) {
            assertThat(reopened.chatStates().scope(-100)).isEqualTo(Scope.article(article));
        }
    }

    private static long article(StoreBackend backend) {
        return TestArticles.insert(backend.transactions(), backend.articles(Clock.systemUTC()),
                "Pier Delay\n\nThe board met.", "pier.txt");
    }
}
