package dev.citebot.store.h2;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One {@code embedding_block} row as read for a change: its rows' ids, encoded rows and vector bytes. Blocks are
 * written once and only ever lose rows (a removal), so a change reads the block with a row lock and writes back
 * what is left.
 *
 * @param rows    every row's bytes, length prefix included
 * @param vectors every row's vector bytes
 */
record StoredBlock(List<String> ids, List<byte[]> rows, List<byte[]> vectors) {

    /** Reads and locks a block until the transaction ends; null if it no longer exists. */
    static StoredBlock lock(Connection c, long blockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT size, rows, vectors FROM embedding_block WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, blockId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? decode(rs.getInt(1), rs.getBytes(2), rs.getBytes(3)) : null;
            }
        }
    }

    private static StoredBlock decode(int size, byte[] encoded, byte[] vectorBytes) {
        int[] starts = RowCodec.rowStarts(encoded, size);
        int width = vectorBytes.length / Math.max(1, size);
        List<String> ids = new ArrayList<>(size);
        List<byte[]> rows = new ArrayList<>(size);
        List<byte[]> vectors = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] row = Arrays.copyOfRange(encoded, starts[i], starts[i + 1]);
            ids.add(RowCodec.id(row, RowCodec.offsets(row, 1)[0]));
            rows.add(row);
            vectors.add(Arrays.copyOfRange(vectorBytes, i * width, (i + 1) * width));
        }
        return new StoredBlock(ids, rows, vectors);
    }

    int size() {
        return ids.size();
    }

    StoredBlock without(Set<String> removed) {
        List<String> keptIds = new ArrayList<>();
        List<byte[]> keptRows = new ArrayList<>();
        List<byte[]> keptVectors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!removed.contains(ids.get(i))) {
                keptIds.add(ids.get(i));
                keptRows.add(rows.get(i));
                keptVectors.add(vectors.get(i));
            }
        }
        return new StoredBlock(keptIds, keptRows, keptVectors);
    }

    void update(Connection c, long blockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE embedding_block SET size = ?, rows = ?, vectors = ? WHERE id = ?")) {
            ps.setInt(1, size());
            ps.setBytes(2, concat(rows));
            ps.setBytes(3, concat(vectors));
            ps.setLong(4, blockId);
            ps.executeUpdate();
        }
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
