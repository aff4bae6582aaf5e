package dev.citebot.store.h2;

import dev.citebot.store.ArticleStore;
import dev.citebot.store.AttributionStore;
import dev.citebot.store.ChatStateStore;
import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.LibraryStore;
import dev.citebot.store.PassageStore;
import dev.citebot.store.StoreBackend;
import dev.citebot.store.Transactions;
import dev.citebot.store.UpdateInbox;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.time.Clock;
import java.util.function.Supplier;

/** A {@link StoreBackend} of the JDBC stores on the {@link Database} that {@code opener} opens (H2 or PostgreSQL). */
public class JdbcBackend implements StoreBackend {
    private final Supplier<Database> opener;
    private final Database db;
    private PassageStore passages;

    public JdbcBackend(Supplier<Database> opener) {
        this.opener = opener;
        this.db = opener.get();
    }

    /** The database, for tests of what no store interface shows. */
    public Database database() {
        return db;
    }

    @Override
    public Transactions transactions() {
        return db;
    }

    @Override
    public ArticleStore articles(Clock clock) {
        return new H2ArticleStore(db, clock);
    }

    @Override
    public PassageStore passages(int dimension) {
        if (passages == null) {
            passages = H2EmbeddingStore.builder().database(db).dimension(dimension).build();
        }
        return passages;
    }

    @Override
    public AttributionStore attributions() {
        return new H2AttributionStore(db);
    }

    @Override
    public ChatStateStore chatStates() {
        return new H2ChatStateStore(db);
    }

    @Override
    public UpdateInbox updateInbox(Clock clock) {
        return new H2UpdateInbox(db, clock);
    }

    @Override
    public ChatMemoryStore chatMemory() {
        return new H2ChatMemoryStore(db);
    }

    @Override
    public DerivedIndexStore derivedIndexes() {
        return new H2DerivedIndexStore(db);
    }

    @Override
    public LibraryStore library() {
        return new H2LibraryStore(db);
    }

    @Override
    public StoreBackend reopen() {
        db.close();
        return new JdbcBackend(opener);
    }

    @Override
    public void close() {
        db.close();
    }
}
