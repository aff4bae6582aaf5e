package dev.citebot.store.h2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The compact in-memory form of L2-normalised vectors: per row, one signed byte per dimension with one float
 * scale ({@code value ≈ scale * code}, the scale being the row's largest absolute value / 127), and one sign bit
 * per dimension (set where the code is positive) for a coarse first pass. A 384-dimensional row takes 436 bytes
 * instead of 1,536 as float32.
 *
 * <p>Rows live in chunks of {@link #CHUNK_ROWS}; growing allocates new chunks and copies only the small arrays
 * that point at them, so a load or an append never copies the rows already held. Like {@link VectorIndex}, a
 * larger instance shares the chunks of the one it grew from and writes only past that one's size.
 *
 * <p>The codes of the first rows may be {@link MappedCodes} read in place from a file ({@link #mapped}); those rows
 * are read-only, and the chunks of codes hold the rows after them. Scales and sign bits are always in the heap.
 */
final class QuantizedRows {
    /**
     * Rows per chunk: a 384-dimensional chunk of codes is 384 KB, under half of G1's smallest region (1 MB), so
     * that chunks are ordinary objects packed into regions; chunks of several MB would each take whole regions
     * and waste about a quarter of them.
     */
    static final int CHUNK_ROWS = 1 << 10;
    private static final int CHUNK_SHIFT = 10;
    private static final int CHUNK_MASK = CHUNK_ROWS - 1;
    private static final float CODE_MAX = 127f;
    /** Codes are rounded as {@code (int) (x + 128.5) - 128}: truncation of a positive number, without a branch. */
    private static final int CODE_OFFSET = 128;
    private static final float ROUNDING = CODE_OFFSET + 0.5f;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080_8080_8080_8080L;
    private static final long LOW_SEVEN = 0x7F7F_7F7F_7F7F_7F7FL;
    /** Moves the lowest bit of byte k (k = 0..7) of a long to bit 56 + k. */
    private static final long GATHER = 0x0102_0408_1020_4080L;

    private final int dimension;
    private final int words;
    /**
     * How many first rows have their codes in {@link #mapped}; chunk {@code i} of {@link #codes} starts at row
     * {@code base + i * codeRows}.
     */
    private final int base;
    private final MappedCodes mapped;
    /** Rows per chunk of codes (see {@link CodeChunks}), a power of two, and its log and mask. */
    private final int codeRows;
    private final int codeShift;
    private final int codeMask;
    private final byte[][] codes;
    private final float[][] scales;
    private final long[][] bits;

    private QuantizedRows(int dimension, MappedCodes mapped, int codeRows, byte[][] codes, float[][] scales,
                          long[][] bits) {
        this.dimension = dimension;
        this.words = wordsFor(dimension);
        this.mapped = mapped;
        this.base = mapped == null ? 0 : mapped.rows();
        this.codeRows = codeRows;
        this.codeShift = Integer.numberOfTrailingZeros(codeRows);
        this.codeMask = codeRows - 1;
        this.codes = codes;
        this.scales = scales;
        this.bits = bits;
    }

    /** Room for {@code capacity} rows. */
    static QuantizedRows allocate(int dimension, int capacity) {
        return new QuantizedRows(dimension, null, CodeChunks.rows(dimension), new byte[0][], new float[0][],
                new long[0][]).withCapacity(capacity);
    }

    /**
     * Room for {@code capacity} rows (at least {@code codes.rows()}), the first {@code codes.rows()} of them
     * {@code codes}, read in place: their scales and sign bits are derived now, their codes never copied.
     */
    static QuantizedRows mapped(int dimension, MappedCodes codes, int capacity) {
        QuantizedRows rows = new QuantizedRows(dimension, codes, CodeChunks.rows(dimension), new byte[0][],
                new float[0][], new long[0][]).withCapacity(Math.max(capacity, codes.rows()));
        byte[] row = new byte[dimension];
        for (int r = 0; r < codes.rows(); r++) {
            codes.codes(r, row, 0);
            rows.finish(r, row, 0, codes.scale(r));
        }
        return rows;
    }

    /** The rows whose codes are read in place from a file, the first ones. */
    int mappedRows() {
        return base;
    }

    /** 64-bit words of sign bits per row. */
    static int wordsFor(int dimension) {
        return (dimension + Long.SIZE - 1) / Long.SIZE;
    }

    int capacity() {
        return Math.min(base + codes.length * codeRows, scales.length * CHUNK_ROWS);
    }

    /** This instance if it holds {@code rows} already; else one sharing its chunks, with new ones after them. */
    QuantizedRows withCapacity(int rows) {
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        int codeChunks = (Math.max(0, rows - base) + codeRows - 1) / codeRows;
        if (chunks <= scales.length && codeChunks <= codes.length) {
            return this;
        }
        byte[][] c = Arrays.copyOf(codes, Math.max(codes.length, codeChunks));
        for (int i = codes.length; i < c.length; i++) {
            c[i] = new byte[codeRows * dimension];
        }
        float[][] s = Arrays.copyOf(scales, Math.max(scales.length, chunks));
        long[][] b = Arrays.copyOf(bits, s.length);
        for (int i = scales.length; i < s.length; i++) {
            s[i] = new float[CHUNK_ROWS];
            b[i] = new long[CHUNK_ROWS * words];
        }
        return new QuantizedRows(dimension, mapped, codeRows, c, s, b);
    }

    /**
     * Quantises the normalised vector at {@code source[offset, offset + dimension)} into {@code row}; the same codes
     * and scale as {@link #encode} gives and {@link #putEncoded} takes.
     */
    void put(int row, float[] source, int offset) {
        byte[] chunk = chunk(row);
        int at = at(row);
        float scale = quantise(source, offset, dimension, chunk, at);
        finish(row, chunk, at, scale);
    }

    /**
     * Row {@code row} from its stored form at {@code encoded[from, from + encodedWidth(dimension))} (see
     * {@link #encode}): the codes are copied, the sign bits derived from them; no arithmetic on floats.
     */
    void putEncoded(int row, byte[] encoded, int from) {
        byte[] chunk = chunk(row);
        int at = at(row);
        System.arraycopy(encoded, from + Float.BYTES, chunk, at, dimension);
        finish(row, chunk, at, Float.intBitsToFloat(littleEndianInt(encoded, from)));
    }

    /** Writes row {@code row} in its stored form (see {@link #encode}) to {@code out} from {@code at}. */
    void encoded(int row, byte[] out, int at) {
        if (row < base) {
            mapped.encoded(row, out, at);
            return;
        }
        int bits = Float.floatToRawIntBits(scales[row >>> CHUNK_SHIFT][row & CHUNK_MASK]);
        for (int b = 0; b < Float.BYTES; b++) {
            out[at + b] = (byte) (bits >>> (8 * b));
        }
        System.arraycopy(chunk(row), at(row), out, at + Float.BYTES, dimension);
    }

    /** The chunk of codes that holds row {@code row}, which must not be a mapped one. */
    private byte[] chunk(int row) {
        if (row < base) {
            throw new IllegalStateException("row " + row + " is read in place from a file");
        }
        return codes[(row - base) >>> codeShift];
    }

    /** Where row {@code row}'s codes start in its {@link #chunk}. */
    private int at(int row) {
        return ((row - base) & codeMask) * dimension;
    }

    /** Bytes per row of the stored form: the scale as float32, then one code per dimension. */
    static int encodedWidth(int dimension) {
        return Float.BYTES + dimension;
    }

    /**
     * The stored form of {@code rows} normalised vectors, row-major in {@code vectors}: per row its scale (float32,
     * little-endian) and its {@code dimension} codes, exactly as {@link #put} quantises them, so that a row read
     * back with {@link #putEncoded} scores as it would have had it been quantised when read.
     */
    static byte[] encode(float[] vectors, int rows, int dimension) {
        int width = encodedWidth(dimension);
        byte[] out = new byte[rows * width];
        for (int r = 0; r < rows; r++) {
            float scale = quantise(vectors, r * dimension, dimension, out, r * width + Float.BYTES);
            int bits = Float.floatToRawIntBits(scale);
            for (int b = 0; b < Float.BYTES; b++) {
                out[r * width + b] = (byte) (bits >>> (8 * b));
            }
        }
        return out;
    }

    /**
     * Writes the codes of the vector at {@code source[offset, offset + dimension)} to {@code out} from {@code at}
     * and returns its scale. Branch-free in the values, so that signs that vary at random cost no mispredictions.
     */
    private static float quantise(float[] source, int offset, int dimension, byte[] out, int at) {
        float max = 0;
        for (int i = 0; i < dimension; i++) {
            float magnitude = Math.abs(source[offset + i]);
            max = magnitude > max ? magnitude : max;
        }
        float inverse = max == 0 ? 0 : CODE_MAX / max;
        for (int i = 0; i < dimension; i++) {
            out[at + i] = (byte) ((int) (source[offset + i] * inverse + ROUNDING) - CODE_OFFSET);
        }
        return max / CODE_MAX;
    }

    /** Sets the row's scale and its sign bits, one per positive code. */
    private void finish(int row, byte[] chunk, int at, float scale) {
        long[] signs = bits[row >>> CHUNK_SHIFT];
        int word = (row & CHUNK_MASK) * words;
        for (int w = 0; w < words; w++) {
            int from = w * Long.SIZE;
            signs[word + w] = positiveBits(chunk, at + from, Math.min(Long.SIZE, dimension - from));
        }
        scales[row >>> CHUNK_SHIFT][row & CHUNK_MASK] = scale;
    }

    /**
     * One bit per code of {@code codes[at, at + count)} ({@code count ≤ 64}), bit {@code i} set where code {@code i}
     * is positive. Eight codes at a time as one long: a byte's top bit, after adding 0x7F to its low seven bits and
     * or-ing the byte, says "not zero"; and-ed with the inverted sign bit, "positive"; one multiplication gathers the
     * eight top bits into a byte. A start at a million rows derives 384 million of these bits.
     */
    static long positiveBits(byte[] codes, int at, int count) {
        long packed = 0;
        int i = 0;
        for (; i + Long.BYTES <= count; i += Long.BYTES) {
            long x = (long) LONGS.get(codes, at + i);
            long positive = ((x & LOW_SEVEN) + LOW_SEVEN | x) & ~x & HIGH;
            packed |= ((positive >>> 7) * GATHER >>> 56) << i;
        }
        for (; i < count; i++) {
            packed |= (long) (-codes[at + i] >>> 31) << i;
        }
        return packed;
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** Copies row {@code from} of {@code source} (same dimension) into row {@code to} of this one. */
    void copy(QuantizedRows source, int from, int to) {
        if (from < source.base) {
            source.mapped.codes(from, chunk(to), at(to));
        } else {
            System.arraycopy(source.chunk(from), source.at(from), chunk(to), at(to), dimension);
        }
        System.arraycopy(source.bits[from >>> CHUNK_SHIFT], (from & CHUNK_MASK) * words,
                bits[to >>> CHUNK_SHIFT], (to & CHUNK_MASK) * words, words);
        scales[to >>> CHUNK_SHIFT][to & CHUNK_MASK] = source.scales[from >>> CHUNK_SHIFT][from & CHUNK_MASK];
    }

    /** The query's sign bits, in the layout of a row's. */
    long[] signs(float[] query) {
        long[] signs = new long[words];
        for (int i = 0; i < dimension; i++) {
            if (query[i] > 0) {
                signs[i >>> 6] |= 1L << (i & 63);
            }
        }
        return signs;
    }

    /** How many dimensions' signs differ between {@code row} and a query's {@link #signs}. */
    int hamming(int row, long[] querySigns) {
        long[] chunk = bits[row >>> CHUNK_SHIFT];
        int at = (row & CHUNK_MASK) * words;
        int distance = 0;
        for (int w = 0; w < words; w++) {
            distance += Long.bitCount(chunk[at + w] ^ querySigns[w]);
        }
        return distance;
    }

    /**
     * The row's dot product with a float query, from its codes: off from the exact one by at most half the row's
     * scale times the query's L1 norm, and in practice by about {@code scale / sqrt(12)} for a unit query.
     */
    float dot(int row, float[] query) {
        if (row < base) {
            return mapped.dot(row, query) * scales[row >>> CHUNK_SHIFT][row & CHUNK_MASK];
        }
        return VectorMath.dot(chunk(row), at(row), query) * scales[row >>> CHUNK_SHIFT][row & CHUNK_MASK];
    }

    /** The row's vector as its codes give it back (within half a scale step of the original per dimension). */
    float[] approximate(int row) {
        float[] v = new float[dimension];
        byte[] chunk;
        int at;
        if (row < base) {
            chunk = new byte[dimension];
            at = 0;
            mapped.codes(row, chunk, 0);
        } else {
            chunk = chunk(row);
            at = at(row);
        }
        float scale = scales[row >>> CHUNK_SHIFT][row & CHUNK_MASK];
        for (int i = 0; i < dimension; i++) {
            v[i] = chunk[at + i] * scale;
        }
        return v;
    }
}
