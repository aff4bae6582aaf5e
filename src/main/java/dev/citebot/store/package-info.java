/**
 * Persistence behind interfaces: every table citebot keeps is read and written through one interface here —
 * {@link dev.citebot.store.ArticleStore} (articles and paragraphs), {@link dev.citebot.store.PassageStore} (the
 * LangChain4j embedding store of their sentences), {@link dev.citebot.store.AttributionStore} (who said what),
 * {@link dev.citebot.store.DerivedIndexStore} (saved indexes), {@link dev.citebot.store.ChatStateStore} (each
 * chat's scope), {@link dev.citebot.store.UpdateInbox} (Telegram updates, kept until answered) and LangChain4j's
 * {@code ChatMemoryStore} (conversations) — with the values they pass, and {@link dev.citebot.store.TopK}, the one
 * top-k, which a backend's vector search and retrieval's BM25 search share. Nothing here names a backend or SQL;
 * {@code dev.citebot.store.h2} is the H2 backend, and only the composition root builds it.
 *
 * <p>Stores that write together share a {@link dev.citebot.store.Transactions}: ingesting an article is one
 * transaction in which {@code ArticleStore.insert}, {@code PassageStore.addAll(tx, ...)} and
 * {@code AttributionStore.insert} all write; in-memory state follows only when it commits
 * ({@link dev.citebot.store.Transaction#onCommit}).
 */
package dev.citebot.store;
