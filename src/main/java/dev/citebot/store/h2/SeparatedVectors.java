package dev.citebot.store.h2;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two conversions of migration 12, which moves the float32 vectors of schemas 5–11 out of
 * {@code embedding_block} into {@code embedding_vector} and gives every block its int8 codes instead, without
 * re-embedding. Its steps: create {@code embedding_vector}; {@link #copy}; drop column {@code vectors}; add column
 * {@code codes}; {@link #encode}; make {@code codes} required. The order matters on H2, which rewrites a whole table
 * to drop or add a column and a whole row to update one value: in this order only the narrow rows are rewritten
 * after the vectors have been copied once. (Adding and filling the codes before dropping the vectors rewrote every
 * vector three times: measured on a 100,000-passage database, its 654 MB file grew to 2.2 GB; in this order to
 * 867 MB.) Both conversions work in batches of {@value #BATCH} blocks by primary key and skip what an interrupted
 * earlier run finished, since H2 commits at every DDL statement.
 */
final class SeparatedVectors {
    private static final int BATCH = 64;

    private SeparatedVectors() {
    }

    /** Copies each block's vectors, unchanged, to {@code embedding_vector}; nothing once the old column is gone. */
    static void copy(Connection c) throws SQLException {
        if (!columnExists(c, "EMBEDDING_BLOCK", "VECTORS")) {
            return;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT id, vectors, size FROM embedding_block b"
                + " WHERE id > ? AND NOT EXISTS (SELECT 1 FROM embedding_vector v WHERE v.block_id = b.id)"
                + " ORDER BY id LIMIT " + BATCH);
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO embedding_vector(block_id, vectors) VALUES (?, ?)")) {
            inBatches(select, (id, vectors, size) -> {
                insert.setLong(1, id);
                insert.setBytes(2, vectors);
                insert.executeUpdate();
            });
        }
    }

    /**
     * Sets the codes of every block that has none, quantised from its stored vectors ({@link QuantizedRows#encode}),
     * exactly as a load of schema 11 quantised them, so that every search scores as before.
     */
    static void encode(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT b.id, v.vectors, b.size FROM embedding_block b"
                + " JOIN embedding_vector v ON v.block_id = b.id WHERE b.id > ? AND b.codes IS NULL"
                + " ORDER BY b.id LIMIT " + BATCH);
             PreparedStatement update = c.prepareStatement("UPDATE embedding_block SET codes = ? WHERE id = ?")) {
            inBatches(select, (id, vectors, size) -> {
                float[] values = VectorCodec.decode(vectors);
                update.setBytes(1, QuantizedRows.encode(values, size, size == 0 ? 0 : values.length / size));
                update.setLong(2, id);
                update.executeUpdate();
            });
        }
    }

    /** What to do with one block: its id, its vector bytes and its size. */
    @FunctionalInterface
    private interface BlockWork {
        void apply(long id, byte[] vectors, int size) throws SQLException;
    }

    private record Block(long id, byte[] vectors, int size) {
    }

    /** Runs {@code select} (id, vectors, size after the id bound to its parameter) batch by batch to the end. */
    private static void inBatches(PreparedStatement select, BlockWork work) throws SQLException {
        long after = 0;
        List<Block> batch;
        do {
            batch = read(select, after);
            for (Block b : batch) {
                work.apply(b.id(), b.vectors(), b.size());
                after = b.id();
            }
        } while (batch.size() == BATCH);
    }

    private static List<Block> read(PreparedStatement select, long after) throws SQLException {
        select.setLong(1, after);
        List<Block> batch = new ArrayList<>(BATCH);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                batch.add(new Block(rs.getLong(1), rs.getBytes(2), rs.getInt(3)));
            }
        }
        return batch;
    }

    private static boolean columnExists(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        try (ResultSet rs = meta.getColumns(null, c.getSchema(), stored(table, upper), stored(column, upper))) {
            return rs.next();
        }
    }

    private static String stored(String name, boolean upper) {
        return upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }
}
