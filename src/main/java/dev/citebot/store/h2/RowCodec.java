package dev.citebot.store.h2;

import dev.citebot.store.StoredRows;
import dev.citebot.store.StoreException;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored form of the rows of an {@link EmbeddingBlock}: for each embedding, its byte length, its id and its
 * segment (text and typed metadata), one after another. It is kept in memory as read (an array, or a read-only
 * mapping of the store's copy) and decoded only for the rows a caller asks about, so that loading the store creates
 * no object per row. Reads use absolute positions only: a buffer's own position is never moved.
 *
 * <p>Row layout: varint length of the rest; id (varint length, UTF-8); 0 (no segment) or 1; then text (varint
 * length, UTF-8) and metadata: varint count, then per entry a key (varint length, UTF-8), a type tag and the
 * value (String: varint length, UTF-8; UUID: two longs; Integer, Float: 4 bytes; Long, Double: 8 bytes;
 * big-endian, floats as their raw bits so that every value comes back equal).
 */
final class RowCodec {
    private static final int STRING = 1;
    private static final int UUID_TAG = 2;
    private static final int INTEGER = 3;
    private static final int LONG = 4;
    private static final int FLOAT = 5;
    private static final int DOUBLE = 6;

    private RowCodec() {
    }

    /** The rows of one block, each with its length in front. */
    static byte[] encode(List<EmbeddingRow> rows) {
        ByteArrayOutputStream block = new ByteArrayOutputStream(rows.size() * 256);
        Writer row = new Writer();
        for (EmbeddingRow r : rows) {
            row.reset();
            row.string(r.id());
            segment(row, r.segment());
            Writer.varint(block, row.size());
            row.writeTo(block);
        }
        return block.toByteArray();
    }

    /**
     * The offset of each row's id in {@code block}, checking that the block holds exactly {@code rows} rows.
     *
     * @throws StoreException if it does not
     */
    static int[] offsets(byte[] block, int rows) {
        return offsets(ByteBuffer.wrap(block), rows);
    }

    /** Like {@link #offsets(byte[], int)}, for a block from its buffer's start to its limit. */
    static int[] offsets(ByteBuffer block, int rows) {
        int[] starts = rowStarts(block, rows);
        int[] offsets = new int[rows];
        for (int i = 0; i < rows; i++) {
            Reader r = new Reader(block, starts[i]);
            r.varint();
            offsets[i] = r.position;
        }
        return offsets;
    }

    /**
     * Where each row (its length prefix) starts in {@code block}, and at index {@code rows} the block's end.
     *
     * @throws StoreException if the block does not hold exactly {@code rows} rows
     */
    static int[] rowStarts(byte[] block, int rows) {
        return rowStarts(ByteBuffer.wrap(block), rows);
    }

    private static int[] rowStarts(ByteBuffer block, int rows) {
        int[] starts = new int[rows + 1];
        Reader r = new Reader(block, 0);
        for (int i = 0; i < rows && r.position < block.limit(); i++) {
            starts[i] = r.position;
            int length = r.varint();
            r.position += length;
            starts[i + 1] = r.position;
        }
        if (starts[rows] != block.limit() || rows > 0 && starts[rows] == 0) {
            throw new StoreException("a stored block of embeddings is damaged: it does not hold " + rows
                    + " rows in " + block.limit() + " bytes");
        }
        return starts;
    }

    static String id(byte[] data, int offset) {
        return id(ByteBuffer.wrap(data), offset);
    }

    static String id(ByteBuffer data, int offset) {
        return new Reader(data, offset).string();
    }

    /** The segment stored at {@code offset}, or null for an embedding stored without one. */
    static TextSegment segment(ByteBuffer data, int offset) {
        Reader r = new Reader(data, offset);
        r.skipString();
        if (r.next() == 0) {
            return null;
        }
        String text = r.string();
        return TextSegment.from(text, metadata(r));
    }

    /** The metadata stored at {@code offset}; empty for an embedding stored without a segment. */
    static Metadata metadata(ByteBuffer data, int offset) {
        Reader r = new Reader(data, offset);
        r.skipString();
        if (r.next() == 0) {
            return new Metadata();
        }
        r.skipString();
        return metadata(r);
    }

    /**
     * Reads the Integer and Long metadata values under {@code keys} (UTF-8) into {@code values}; a key that is
     * absent or holds another type leaves {@link StoredRows.ABSENT}. Allocates nothing.
     */
    static void integers(ByteBuffer data, int offset, byte[][] keys, long[] values) {
        java.util.Arrays.fill(values, StoredRows.ABSENT);
        Reader r = new Reader(data, offset);
        r.skipString();
        if (r.next() == 0) {
            return;
        }
        r.skipString();
        int entries = r.varint();
        for (int e = 0; e < entries; e++) {
            int keyLength = r.varint();
            int key = r.position;
            r.position += keyLength;
            int type = r.next();
            int match = match(data, key, keyLength, keys);
            if (match >= 0 && type == INTEGER) {
                values[match] = r.int32();
            } else if (match >= 0 && type == LONG) {
                values[match] = r.int64();
            } else {
                r.skipValue(type);
            }
        }
    }

    private static int match(ByteBuffer data, int from, int length, byte[][] keys) {
        for (int k = 0; k < keys.length; k++) {
            if (equal(data, from, length, keys[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean equal(ByteBuffer data, int from, int length, byte[] key) {
        if (length != key.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (data.get(from + i) != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static void segment(Writer w, TextSegment segment) {
        if (segment == null) {
            w.out.write(0);
            return;
        }
        w.out.write(1);
        w.string(segment.text());
        Map<String, Object> values = segment.metadata().toMap();
        w.varint(values.size());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            w.string(e.getKey());
            value(w, e.getKey(), e.getValue());
        }
    }

    private static void value(Writer w, String key, Object value) {
        if (value instanceof String s) {
            w.out.write(STRING);
            w.string(s);
        } else if (value instanceof UUID u) {
            w.out.write(UUID_TAG);
            w.int64(u.getMostSignificantBits());
            w.int64(u.getLeastSignificantBits());
        } else if (value instanceof Integer i) {
            w.out.write(INTEGER);
            w.int32(i);
        } else if (value instanceof Long l) {
            w.out.write(LONG);
            w.int64(l);
        } else if (value instanceof Float f) {
            w.out.write(FLOAT);
            w.int32(Float.floatToRawIntBits(f));
        } else if (value instanceof Double d) {
            w.out.write(DOUBLE);
            w.int64(Double.doubleToRawLongBits(d));
        } else {
            throw new IllegalArgumentException("metadata '" + key + "' has unsupported type " + value.getClass());
        }
    }

    private static Metadata metadata(Reader r) {
        int entries = r.varint();
        Map<String, Object> values = new HashMap<>(Math.max(4, entries * 2));
        for (int e = 0; e < entries; e++) {
            String key = r.string();
            values.put(key, r.value());
        }
        return new Metadata(values);
    }

    /** Appends to a growing byte array. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void reset() {
            out.reset();
        }

        int size() {
            return out.size();
        }

        void writeTo(ByteArrayOutputStream target) {
            target.write(out.toByteArray(), 0, out.size());
        }

        void string(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length);
            out.write(bytes, 0, bytes.length);
        }

        void varint(int value) {
            varint(out, value);
        }

        static void varint(ByteArrayOutputStream out, int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        void int32(int v) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write(v >>> shift);
            }
        }

        void int64(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (v >>> shift));
            }
        }
    }

    /** Reads from a buffer at a position of its own (the buffer's is left alone). */
    private static final class Reader {
        private final ByteBuffer data;
        private int position;

        Reader(ByteBuffer data, int position) {
            this.data = data;
            this.position = position;
        }

        byte next() {
            return data.get(position++);
        }

        int varint() {
            int value = 0;
            for (int shift = 0; shift < 32 && position < data.limit(); shift += 7) {
                byte b = data.get(position++);
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new StoreException("a stored block of embeddings is damaged: a length is malformed");
        }

        String string() {
            int length = varint();
            byte[] bytes;
            int from;
            if (data.hasArray()) {
                bytes = data.array();
                from = data.arrayOffset() + position;
            } else {
                bytes = new byte[length];
                from = 0;
                data.get(position, bytes);
            }
            String s = new String(bytes, from, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }

        void skipString() {
            int length = varint();
            position += length;
        }

        int int32() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = (v << 8) | (next() & 0xFF);
            }
            return v;
        }

        long int64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (next() & 0xFF);
            }
            return v;
        }

        Object value() {
            int type = next();
            return switch (type) {
                case STRING -> string();
                case UUID_TAG -> new UUID(int64(), int64());
                case INTEGER -> int32();
                case LONG -> int64();
                case FLOAT -> Float.intBitsToFloat(int32());
                case DOUBLE -> Double.longBitsToDouble(int64());
                default -> throw new StoreException("a stored block of embeddings is damaged: unknown type " + type);
            };
        }

        void skipValue(int type) {
            switch (type) {
                case STRING -> skipString();
                case UUID_TAG -> position += 16;
                case INTEGER, FLOAT -> position += 4;
                case LONG, DOUBLE -> position += 8;
                default -> throw new StoreException("a stored block of embeddings is damaged: unknown type " + type);
            }
        }
    }
}
