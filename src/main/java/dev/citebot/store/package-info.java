/**
 * Persistence: one embedded H2 file ({@link dev.citebot.store.Database}) with append-only
 * {@link dev.citebot.store.Migrations}, the articles and their paragraphs
 * ({@link dev.citebot.store.ArticleRepository}), and the LangChain4j embedding store
 * ({@link dev.citebot.store.H2EmbeddingStore}) whose vectors are persisted in H2 and searched in memory.
 *
 * <p>Ingesting an article is one transaction: {@code ArticleRepository.insert} and
 * {@code H2EmbeddingStore.addAll(tx, ...)} in the same {@code Database.inTransaction}; the store's memory follows
 * only when it commits.
 */
package dev.citebot.store;
