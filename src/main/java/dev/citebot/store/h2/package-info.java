/**
 * The JDBC backend of the store interfaces, on an embedded H2 file (the default) or a PostgreSQL database:
 * {@link dev.citebot.store.h2.Database}, which is also the {@link dev.citebot.store.Transactions} of every store
 * here, with append-only {@link dev.citebot.store.h2.Migrations} that own all tables, one class per store interface
 * (named {@code H2*} from when H2 was the only database; each runs unchanged on both), the package-private
 * {@code Dialect} that holds what the two databases' SQL does not share, and the codecs and in-memory vector index
 * behind {@link dev.citebot.store.h2.H2EmbeddingStore}, whose vectors are persisted in the database and searched in
 * memory. All of citebot's SQL, and the only use of the H2 and PostgreSQL drivers, is in this package.
 */
package dev.citebot.store.h2;
