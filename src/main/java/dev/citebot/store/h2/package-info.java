/**
 * The H2 backend of the store interfaces: one embedded H2 file ({@link dev.citebot.store.h2.Database}, which is
 * also the {@link dev.citebot.store.Transactions} of every H2 store) with append-only
 * {@link dev.citebot.store.h2.Migrations} that own all tables, one {@code H2*} class per store interface, and the
 * codecs and in-memory vector index behind {@link dev.citebot.store.h2.H2EmbeddingStore}, whose vectors are
 * persisted in H2 and searched in memory. All of citebot's SQL is in this package.
 */
package dev.citebot.store.h2;
