package dev.citebot.retrieve;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved form of a corpus snapshot's costly parts ({@link SavedCorpus}, {@link LexicalIndex}): big-endian
 * arrays written in bulk (each with its length in front), and strings as one array of UTF-8 lengths followed by the
 * bytes, so that loading is a few bulk copies rather than a call per value.
 */
final class IndexCodec {
    /**
     * Bytes read at a time into an array of numbers: reading a whole array's bytes first would allocate a second
     * copy of it (80 MB for the postings of a million passages) only to convert it.
     */
    private static final int CHUNK_BYTES = 1 << 16;
    private final DataOutputStream out;
    private final ByteArrayOutputStream bytes;

    private IndexCodec(ByteArrayOutputStream bytes) {
        this.bytes = bytes;
        this.out = new DataOutputStream(bytes);
    }

    static IndexCodec writer() {
        return new IndexCodec(new ByteArrayOutputStream(1 << 20));
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    IndexCodec writeInt(int value) {
        try {
            out.writeInt(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    IndexCodec writeInts(int[] values, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length * Integer.BYTES);
        buffer.asIntBuffer().put(values, 0, length);
        return writeInt(length).raw(buffer.array());
    }

    IndexCodec writeLongs(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return writeInt(values.length).raw(buffer.array());
    }

    /** Strings in order, repeats allowed. */
    IndexCodec writeStrings(List<String> values) {
        int[] lengths = new int[values.size()];
        ByteArrayOutputStream text = new ByteArrayOutputStream(values.size() * 16);
        for (int i = 0; i < lengths.length; i++) {
            byte[] utf8 = values.get(i).getBytes(StandardCharsets.UTF_8);
            lengths[i] = utf8.length;
            text.write(utf8, 0, utf8.length);
        }
        return writeInts(lengths, lengths.length).writeInt(text.size()).raw(text.toByteArray());
    }

    /** Appends bytes written by another codec. */
    IndexCodec writeRaw(byte[] data) {
        return raw(data);
    }

    IndexCodec writeFloats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
        buffer.asFloatBuffer().put(values);
        return writeInt(values.length).raw(buffer.array());
    }

    IndexCodec writeTerms(TermTable table) {
        List<String> terms = new ArrayList<>(table.size());
        for (int id = 0; id < table.size(); id++) {
            terms.add(table.term(id));
        }
        return writeStrings(terms);
    }

    private IndexCodec raw(byte[] data) {
        bytes.write(data, 0, data.length);
        return this;
    }

    static int readInt(DataInputStream in) throws IOException {
        return in.readInt();
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[count(in)];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int at = 0, n; at < values.length; at += n) {
            n = Math.min(values.length - at, CHUNK_BYTES / Integer.BYTES);
            ByteBuffer.wrap(exactly(in, chunk, n * Integer.BYTES)).asIntBuffer().get(values, at, n);
        }
        return values;
    }

    static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[count(in)];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int at = 0, n; at < values.length; at += n) {
            n = Math.min(values.length - at, CHUNK_BYTES / Long.BYTES);
            ByteBuffer.wrap(exactly(in, chunk, n * Long.BYTES)).asLongBuffer().get(values, at, n);
        }
        return values;
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int[] lengths = readInts(in);
        byte[] text = exactly(in, in.readInt());
        List<String> values = new ArrayList<>(lengths.length);
        int at = 0;
        for (int length : lengths) {
            if (length < 0 || at + length > text.length) {
                throw new IOException("a saved string table does not add up");
            }
            values.add(new String(text, at, length, StandardCharsets.UTF_8));
            at += length;
        }
        return values;
    }

    static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[count(in)];
        byte[] chunk = new byte[CHUNK_BYTES];
        for (int at = 0, n; at < values.length; at += n) {
            n = Math.min(values.length - at, CHUNK_BYTES / Float.BYTES);
            ByteBuffer.wrap(exactly(in, chunk, n * Float.BYTES)).asFloatBuffer().get(values, at, n);
        }
        return values;
    }

    static TermTable readTerms(DataInputStream in) throws IOException {
        List<String> terms = readStrings(in);
        TermTable table = new TermTable();
        for (String term : terms) {
            table.add(term);
        }
        if (table.size() != terms.size()) {
            throw new IOException("a saved term table holds duplicates");
        }
        return table;
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        if (length < 0) {
            throw new IOException("negative length in a saved index");
        }
        return exactly(in, new byte[length], length);
    }

    /** {@code buffer}, its first {@code length} bytes read from {@code in}. */
    private static byte[] exactly(InputStream in, byte[] buffer, int length) throws IOException {
        if (in.readNBytes(buffer, 0, length) != length) {
            throw new IOException("a saved index ends early");
        }
        return buffer;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative length in a saved index");
        }
        return count;
    }
}
