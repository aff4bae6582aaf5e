package dev.citebot.store.h2;

import dev.citebot.store.ArticleStore;
import dev.citebot.store.AttributionStore;
import dev.citebot.store.ChatStateStore;
import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.PassageStore;
import dev.citebot.store.StoreBackend;
import dev.citebot.store.Transactions;
import dev.citebot.store.UpdateInbox;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.nio.file.Path;
import java.time.Clock;

/** The H2 {@link StoreBackend}: a real H2 file in a test's temporary folder. */
public final class H2Backend implements StoreBackend {
    private final Path file;
    private final Database db;
    private PassageStore passages;

    public H2Backend(Path dir) {
        this.file = dir.resolve("citebot");
        this.db = Database.open(file);
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
    public StoreBackend reopen() {
        db.close();
        return new H2Backend(file.getParent());
    }

    @Override
    public void close() {
        db.close();
    }
}
