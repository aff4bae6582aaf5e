package dev.citebot.store.h2;

import dev.citebot.article.ParsedArticle;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.LibraryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class H2LibraryStoreTest {
    @TempDir
    Path dir;
    private Database db;
    private ArticleStore articles;
    private H2LibraryStore library;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib"));
        articles = new H2ArticleStore(db);
        library = new H2LibraryStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void privateArticlesAreHiddenFromOtherChatsUntilSharedOrRead() {
        long shared = add("a".repeat(64), Optional.empty(), OptionalLong.empty());
        long mine = add("b".repeat(64), Optional.of("https://news.example/b"), OptionalLong.of(10));

        assertThat(library.hiddenFrom(10)).isEmpty();
        assertThat(library.hiddenFrom(20)).containsExactly(mine);
        assertThat(library.visibleTo(shared, 20)).isTrue();
        assertThat(library.visibleTo(mine, 20)).isFalse();
        assertThat(library.findByUrl("https://news.example/b")).contains(mine);
        assertThat(library.findByUrl("https://news.example/none")).isEmpty();

        library.addReader(mine, 20);
        library.addReader(shared, 30);
        assertThat(library.visibleTo(mine, 20)).isTrue();
        assertThat(library.hiddenFrom(30)).containsExactly(mine);
        assertThat(library.visibleTo(shared, 40)).as("a shared article gets no readers").isTrue();

        library.share(mine);
        assertThat(library.hiddenFrom(30)).isEmpty();
    }

    @Test
    void deletingAnArticleTakesItsOriginAndReadersAlong() {
        long mine = add("c".repeat(64), Optional.of("https://news.example/c"), OptionalLong.of(10));

        boolean first = db.inTransaction(tx -> library.deleteArticle(tx, mine));
        boolean second = db.inTransaction(tx -> library.deleteArticle(tx, mine));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(articles.find(mine)).isEmpty();
        assertThat(library.findByUrl("https://news.example/c")).isEmpty();
        assertThat(library.hiddenFrom(20)).isEmpty();
    }

    private long add(String sha, Optional<String> url, OptionalLong privateTo) {
        return db.inTransaction(tx -> {
            long id = articles.insert(tx, new ParsedArticle("T", "T\n\nBody.", "s"), sha, List.of());
            library.recordOrigin(tx, id, new LibraryStore.Origin(url, 7, 10, Instant.EPOCH), privateTo);
            return id;
        });
    }
}
