package dev.citebot.store.h2;

import dev.citebot.store.StoreException;

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
 * One block as read for a change: its rows' ids, encoded rows, codes ({@code embedding_block}) and vector bytes
 * ({@code embedding_vector}). Blocks are written once and only ever lose rows (a removal), so a change reads the
 * block with a row lock and writes back what is left, in both tables.
 *
 * @param rows    every row's bytes, length prefix included
 * @param codes   every row's int8 codes with their scale ({@link QuantizedRows#encode})
 * @param vectors every row's vector bytes
 */
record StoredBlock(List<String> ids, List<byte[]> rows, List<byte[]> codes, List<byte[]> vectors) {

    /** Reads and locks a block until the transaction ends; null if it no longer exists. */
    static StoredBlock lock(Connection c, long blockId) throws SQLException {
        int size;
        byte[] rows;
        byte[] codes;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT size, rows, codes FROM embedding_block WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, blockId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                size = rs.getInt(1);
                rows = rs.getBytes(2);
                codes = rs.getBytes(3);
            }
        }
        return decode(size, rows, codes, vectors(c, blockId));
    }

    private static byte[] vectors(Connection c, long blockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT vectors FROM embedding_vector WHERE block_id = ?")) {
            ps.setLong(1, blockId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("block " + blockId + " has no stored vectors");
                }
                return rs.getBytes(1);
            }
        }
    }

    private static StoredBlock decode(int size, byte[] encoded, byte[] codeBytes, byte[] vectorBytes) {
        int[] starts = RowCodec.rowStarts(encoded, size);
        List<String> ids = new ArrayList<>(size);
        List<byte[]> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] row = Arrays.copyOfRange(encoded, starts[i], starts[i + 1]);
            ids.add(RowCodec.id(row, RowCodec.offsets(row, 1)[0]));
            rows.add(row);
        }
        return new StoredBlock(ids, rows, split(codeBytes, size), split(vectorBytes, size));
    }

    /** {@code bytes} cut into {@code size} equal parts. */
    private static List<byte[]> split(byte[] bytes, int size) {
        int width = bytes.length / Math.max(1, size);
        List<byte[]> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parts.add(Arrays.copyOfRange(bytes, i * width, (i + 1) * width));
        }
        return parts;
    }

    int size() {
        return ids.size();
    }

    StoredBlock without(Set<String> removed) {
        List<String> keptIds = new ArrayList<>();
        List<byte[]> keptRows = new ArrayList<>();
        List<byte[]> keptCodes = new ArrayList<>();
        List<byte[]> keptVectors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!removed.contains(ids.get(i))) {
                keptIds.add(ids.get(i));
                keptRows.add(rows.get(i));
                keptCodes.add(codes.get(i));
                keptVectors.add(vectors.get(i));
            }
        }
        return new StoredBlock(keptIds, keptRows, keptCodes, keptVectors);
    }

    void update(Connection c, long blockId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE embedding_block SET size = ?, rows = ?, codes = ? WHERE id = ?")) {
            ps.setInt(1, size());
            ps.setBytes(2, concat(rows));
            ps.setBytes(3, concat(codes));
            ps.setLong(4, blockId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE embedding_vector SET vectors = ? WHERE block_id = ?")) {
            ps.setBytes(1, concat(vectors));
            ps.setLong(2, blockId);
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
