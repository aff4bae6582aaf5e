package dev.citebot.store.h2;

import dev.citebot.store.PassageStore;
import dev.citebot.store.StoredRows;
import dev.citebot.store.Transaction;
import dev.citebot.store.StoreException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A LangChain4j {@link EmbeddingStore} persisted in tables {@code embedding_block} and {@code embedding_id} of a
 * citebot {@link Database} (see {@link EmbeddingBlocks}) and searched in memory by cosine similarity over every row,
 * on vectors held as int8 codes (see {@link VectorIndex}: scores within {@link VectorIndex#SCORE_TOLERANCE} of the
 * exact float32 ones); a search never reads the database.
 *
 * <p>{@link Builder#build()} reads every stored block once; after that the tables are only written. Every change is
 * applied to memory by a {@link Transaction#onCommit} hook, so memory never shows uncommitted rows and a rollback
 * leaves it untouched. Memory therefore mirrors the table only if all writes go through this instance: use one
 * store per database. Removals delete exactly the rows the in-memory snapshot selects, which keeps the two equal
 * even while other transactions commit. Searches run concurrently with writes on immutable snapshots.
 *
 * <p>Metadata key {@value #ARTICLE_ID} (a positive Integer, Long or String of digits) is also stored in the
 * block's column {@code article_id}, a foreign key to {@code article} with {@code ON DELETE CASCADE}. Filters
 * {@code IsEqualTo}/{@code IsIn} on it with whole-number values compare that id numerically, whatever type the
 * metadata holds; other filters run {@link Filter#test} on the metadata. An embedding added without a segment has
 * empty metadata for filters (LangChain4j's in-memory store lets it pass every filter instead).
 *
 * <p>To delete an article, call {@link #removeAll(Transaction, Filter)} with
 * {@code metadataKey("article_id").isEqualTo(id)} in the transaction that deletes the article row. If rows vanish
 * behind the store's back (a cascade from a plain {@code DELETE FROM article}), call {@link #reload()}.
 *
 * <p>Vectors are stored L2-normalised as float32; matches carry that vector as the int8 codes give it back (each
 * value within half a code step, 1/254 of the vector's largest absolute value). Ids and segments stay
 * encoded in memory and are decoded for the rows a caller reads ({@link #rows()}).
 */
public final class H2EmbeddingStore implements PassageStore {

    private final Database db;
    private final int dimension;
    private final EmbeddingBlocks table;
    private final Object writeLock = new Object();
    private final Optional<VectorsCopy> copy;
    private volatile VectorIndex index;
    /** Rows the copy held when it was last read or written; guarded by {@code writeLock} after construction. */
    private int copiedRows;

    private H2EmbeddingStore(Database db, int dimension, Optional<VectorsCopy> copy) {
        this.db = db;
        this.dimension = dimension;
        this.table = new EmbeddingBlocks(dimension, db.dialect());
        this.copy = copy;
        this.index = this.copy.flatMap(this::fromCopy).orElseGet(this::fromTable);
    }

    /**
     * Every stored block, read from the copy and the blocks stored after it, if the table holds exactly the copy's
     * blocks and those: no row of theirs removed (the count says so: rows are never added to a stored block) and the
     * copy's newest block as stored (so the copy is of this database). The copy is written again when more than a
     * tenth of the rows were read from the table.
     */
    private Optional<VectorIndex> fromCopy(VectorsCopy file) {
        Optional<VectorIndex> copied = file.read();
        if (copied.isEmpty()) {
            return Optional.empty();
        }
        VectorIndex held = copied.get();
        copiedRows = held.size();
        long newest = held.maxBlockId();
        Optional<VectorIndex> current = Optional.ofNullable(db.read(c -> {
            byte[][] stored = newest == 0 ? null : table.stored(c, newest);
            boolean same = newest == 0 || stored != null && file.holdsAsStored(held, newest, stored[0], stored[1]);
            return same && onlyAdded(marker(c, newest), held, newest) ? table.loadAfter(c, held, newest) : null;
        }));
        current.ifPresent(this::rewriteIfBehind);
        return current;
    }

    private VectorIndex fromTable() {
        VectorIndex loaded = db.read(c -> table.load(c, 0));
        copy.ifPresent(file -> copiedRows = file.write(loaded) ? loaded.size() : 0);
        return loaded;
    }

    /**
     * Rewrites the copy if the rows held outnumber the copy's by more than a tenth of them, so that the next start
     * reads them from the copy and not from the table: a process that added many passages (an ingest) calls it when
     * it is done writing, e.g. as it closes ({@code App} does). The write takes about a second at a million
     * passages, with new writes to this store waiting. Nothing without a copy, or when rows were removed since the
     * copy was made (the next start reads the table and writes it then).
     */
    public void refreshCopy() {
        synchronized (writeLock) {
            rewriteIfBehind(index);
        }
    }

    private void rewriteIfBehind(VectorIndex current) {
        if (copy.isPresent() && current.size() - copiedRows > current.size() / 10 && copy.get().write(current)) {
            copiedRows = current.size();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String add(Embedding embedding) {
        String id = randomId();
        add(id, embedding);
        return id;
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(Collections.singletonList(id), Collections.singletonList(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = randomId();
        addAll(List.of(id), Collections.singletonList(embedding), Collections.singletonList(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> ids = generateIds(embeddings == null ? 0 : embeddings.size());
        addAll(ids, embeddings, null);
        return ids;
    }

    @Override
    public List<String> generateIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(randomId());
        }
        return ids;
    }

    /**
     * Adds embeddings in a transaction of their own.
     *
     * @param segments null, or one segment (or null) per embedding
     * @throws IllegalArgumentException on mismatched sizes, blank, duplicate or over-long (&gt; 64) ids, or
     *                                  embeddings of the wrong dimension or with non-finite values
     * @throws StoreException           if an id is already stored or an {@value #ARTICLE_ID} names no article
     */
    @Override
    public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        List<EmbeddingRow> rows = EmbeddingRow.batch(ids, embeddings, segments, dimension);
        db.write(tx -> insert(tx, rows));
    }

    /**
     * Like {@link #addAll(List, List, List)}, but writes inside the caller's transaction; memory is updated
     * only when it commits.
     */
    @Override
    public void addAll(Transaction tx, List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
        Objects.requireNonNull(tx, "tx");
        insert(tx, EmbeddingRow.batch(ids, embeddings, segments, dimension));
    }

    /** @throws IllegalArgumentException if {@code ids} is null or empty */
    @Override
    public void removeAll(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("ids cannot be null or empty");
        }
        Set<String> removed = new HashSet<>(ids);
        db.write(tx -> delete(tx, removed));
    }

    /** @throws IllegalArgumentException if {@code filter} is null */
    @Override
    public void removeAll(Filter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter cannot be null");
        }
        db.write(tx -> {
            removeAll(tx, filter);
            return null;
        });
    }

    /** Removes, inside the caller's transaction, the embeddings {@code filter} selects now. */
    @Override
    public void removeAll(Transaction tx, Filter filter) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(filter, "filter");
        delete(tx, new HashSet<>(index.idsWhere(RowFilter.of(filter))));
    }

    @Override
    public void removeAll() {
        Set<String> all = new HashSet<>(index.idsWhere(RowFilter.ALL));
        db.write(tx -> delete(tx, all));
    }

    /**
     * Finds the closest embeddings by cosine similarity, scored with LangChain4j's
     * {@code RelevanceScore.fromCosineSimilarity}, honouring {@code maxResults}, {@code minScore} and
     * {@code filter}.
     *
     * @throws IllegalArgumentException if the query embedding's dimension is not {@link #dimension()}
     */
    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        Objects.requireNonNull(request, "request");
        VectorIndex snapshot = index;
        return new EmbeddingSearchResult<>(snapshot.search(request.queryEmbedding().vector(),
                RowFilter.of(request.filter()), request.maxResults(), request.minScore()));
    }

    /**
     * Re-reads the whole table, for rows changed without this store (e.g. cascaded deletes, another process). A
     * transaction of this store committing meanwhile does not add its rows twice: its commit skips blocks the reload
     * already read.
     */
    public void reload() {
        synchronized (writeLock) {
            index = db.read(c -> table.load(c, index.version() + 1));
        }
    }

    @Override
    public int size() {
        return index.size();
    }

    /**
     * Catches up with another process (the CLI's {@code ingest} while the bot runs) that added or removed
     * embeddings. One query of three parts (the number of stored embeddings, counted as cheaply as the database
     * allows, see {@link EmbeddingBlocks}; the newest block id; the number of rows in blocks newer than the newest
     * one held) decides; {@code Corpus} asks it up to four times a second, so it must not scan a million rows. When
     * the new blocks account for every row added, only they are read and appended (the rows held are neither re-read
     * nor copied); after any other change (a removal) the whole table is re-read. Safe while this store's own
     * transactions commit: a block already loaded is not appended again, and removing rows already gone does nothing.
     *
     * @return true if it read anything
     */
    @Override
    public boolean reloadIfChangedElsewhere() {
        synchronized (writeLock) {
            VectorIndex current = index;
            long held = current.maxBlockId();
            long[] marker = db.read(c -> marker(c, held));
            if (marker[0] == current.size() && marker[1] == held) {
                return false;
            }
            if (onlyAdded(marker, current, held)) {
                VectorIndex grown = db.read(c -> table.loadAfter(c, current, held));
                if (grown.size() == marker[0]) {
                    index = grown.withVersion(current.version() + 1);
                    return true;
                }
            }
            index = db.read(c -> table.load(c, current.version() + 1));
            return true;
        }
    }

    /**
     * Whether the table, as {@code marker} (see {@link #marker}) describes it, holds exactly {@code held}'s blocks,
     * up to block {@code newest}, plus newer ones: none is older than the newest held, and the rows held plus the rows
     * in newer blocks are all the rows (rows are only ever removed from a stored block, never added, so a removal
     * shows as fewer).
     */
    private static boolean onlyAdded(long[] marker, VectorIndex held, long newest) {
        return marker[1] >= newest && marker[0] == held.size() + marker[2];
    }

    private long[] marker(java.sql.Connection c, long held) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT (" + table.countRowsQuery() + "),"
                + " (SELECT COALESCE(MAX(id), 0) FROM embedding_block),"
                + " (SELECT COALESCE(SUM(size), 0) FROM embedding_block WHERE id > ?)")) {
            ps.setLong(1, held);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /** How many of the rows held are read in place from the copy: codes ({@link MappedCodes}) and encoded rows. */
    int rowsInPlace() {
        return index.mappedRows();
    }

    /** How many stored vectors this store has read from the table, on building and since (not by searches). */
    long rowsRead() {
        return table.rowsRead();
    }

    /**
     * Increases with every committed change, so that indexes derived from {@link #entries()} can rebuild lazily.
     * Read it before {@link #entries()}: a change in between then shows as a version change next time.
     */
    @Override
    public long version() {
        return index.version();
    }

    /** An immutable snapshot of ids and segments in insertion order, decoded as they are read. */
    @Override
    public List<Entry> entries() {
        return index.entries();
    }

    /** An immutable snapshot of the stored rows, for reading many of them cheaply. */
    @Override
    public StoredRows rows() {
        return index;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    private Void insert(Transaction tx, List<EmbeddingRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<EncodedBlock> blocks;
        try {
            blocks = table.insert(JdbcTransaction.of(tx).connection(), rows);
        } catch (SQLException e) {
            throw insertFailure(e);
        }
        tx.onCommit(() -> update(current -> current.append(blocks.stream()
                .filter(b -> !current.holdsBlock(b.id())).toList())));
        return null;
    }

    private Void delete(Transaction tx, Set<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        try {
            table.delete(JdbcTransaction.of(tx).connection(), ids);
        } catch (SQLException e) {
            throw StoreException.of("cannot remove embeddings", e);
        }
        tx.onCommit(() -> update(current -> current.without(ids)));
        return null;
    }

    private void update(UnaryOperator<VectorIndex> change) {
        synchronized (writeLock) {
            index = change.apply(index);
        }
    }

    private static StoreException insertFailure(SQLException e) {
        if (SqlErrors.isDuplicate(e)) {
            return StoreException.of("an embedding with one of these ids is already stored", e);
        }
        if (SqlErrors.isMissingParent(e)) {
            return StoreException.of("a segment's " + ARTICLE_ID + " names an article that is not stored", e);
        }
        return StoreException.of("cannot store embeddings", e);
    }

    private static String randomId() {
        return UUID.randomUUID().toString();
    }

    /** Builds an {@link H2EmbeddingStore}; both settings are required. */
    public static final class Builder {
        private Database database;
        private Integer dimension;
        private VectorsCopy copy;

        private Builder() {
        }

        public Builder database(Database database) {
            this.database = database;
            return this;
        }

        /** The dimension of the embedding model, e.g. 384 for all-MiniLM-L6-v2. */
        public Builder dimension(int dimension) {
            this.dimension = dimension;
            return this;
        }

        /**
         * Keeps a copy of the stored embeddings in {@code copy} and starts from it while it is current (see
         * {@link VectorsCopy}); without one, every start reads the table.
         */
        public Builder copy(VectorsCopy copy) {
            this.copy = copy;
            return this;
        }

        /**
         * Creates the store and loads every stored embedding into memory.
         *
         * @throws IllegalArgumentException if a setting is missing or the dimension is not positive
         * @throws StoreException           if a stored vector has another dimension
         */
        public H2EmbeddingStore build() {
            if (database == null) {
                throw new IllegalArgumentException("database cannot be null");
            }
            if (dimension == null || dimension <= 0) {
                throw new IllegalArgumentException("dimension must be greater than zero, but is: " + dimension);
            }
            if (copy != null && copy.dimension() != dimension) {
                throw new IllegalArgumentException("the copy is of " + copy.dimension() + " dimensions, not " + dimension);
            }
            return new H2EmbeddingStore(database, dimension, Optional.ofNullable(copy));
        }
    }
}
