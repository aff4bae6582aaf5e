package dev.citebot.store;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;

import java.time.Clock;

/**
 * One database of a storage backend, opened for a contract test, with every store of citebot over it. A backend
 * (H2 today) implements this once, and runs each {@code *Contract} by a subclass that opens it.
 */
public interface StoreBackend extends AutoCloseable {

    Transactions transactions();

    /** @param clock stamps {@code ingestedAt} */
    ArticleStore articles(Clock clock);

    /** The one passage store of this database (stores that keep rows in memory allow only one). */
    PassageStore passages(int dimension);

    AttributionStore attributions();

    ChatStateStore chatStates();

    /** @param clock stamps each update added or done */
    UpdateInbox updateInbox(Clock clock);

    ChatMemoryStore chatMemory();

    DerivedIndexStore derivedIndexes();

    /** Closes this database and opens it again, for what must survive a restart. */
    StoreBackend reopen();

    @Override
    void close();
}
