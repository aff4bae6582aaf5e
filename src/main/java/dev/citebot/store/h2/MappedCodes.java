package dev.citebot.store.h2;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Rows of int8 codes in their stored form ({@link QuantizedRows#encode}: a float32 scale, then one code per
 * dimension) read in place from memory-mapped windows of a file, each window holding a power of two of rows. A start
 * at a million rows maps the 388 MB of codes in its copy of the embeddings ({@link VectorsCopy}) instead of copying
 * them into the heap: the kernel's page cache already holds them, so nothing is allocated, zeroed or copied, and the
 * heap does not have to grow by them.
 */
final class MappedCodes {
    private final ByteBuffer[] windows;
    private final int dimension;
    private final int width;
    private final int shift;
    private final int mask;
    private final int rows;

    /**
     * {@code windows} (little-endian), each but the last of exactly {@code rowsPerWindow} rows (a power of two) of
     * {@link QuantizedRows#encodedWidth} bytes.
     */
    MappedCodes(List<ByteBuffer> windows, int dimension, int rowsPerWindow) {
        if (Integer.bitCount(rowsPerWindow) != 1) {
            throw new IllegalArgumentException("rows per window must be a power of two: " + rowsPerWindow);
        }
        this.windows = windows.toArray(ByteBuffer[]::new);
        this.dimension = dimension;
        this.width = QuantizedRows.encodedWidth(dimension);
        this.shift = Integer.numberOfTrailingZeros(rowsPerWindow);
        this.mask = rowsPerWindow - 1;
        long total = 0;
        for (int w = 0; w < this.windows.length; w++) {
            int capacity = this.windows[w].capacity();
            if (capacity % width != 0 || w < this.windows.length - 1 && capacity / width != rowsPerWindow) {
                throw new IllegalArgumentException("window " + w + " of " + capacity + " bytes is not "
                        + (w < this.windows.length - 1 ? rowsPerWindow + " rows" : "whole rows") + " of " + width);
            }
            total += capacity / width;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many rows: " + total);
        }
        this.rows = (int) total;
    }

    int rows() {
        return rows;
    }

    float scale(int row) {
        return window(row).getFloat(at(row));
    }

    /** The row's dot product with {@code query}, in codes (not yet times the scale). */
    float dot(int row, float[] query) {
        ByteBuffer w = window(row);
        int at = at(row) + Float.BYTES;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dimension; i += 4) {
            s0 += w.get(at + i) * query[i];
            s1 += w.get(at + i + 1) * query[i + 1];
            s2 += w.get(at + i + 2) * query[i + 2];
            s3 += w.get(at + i + 3) * query[i + 3];
        }
        for (; i < dimension; i++) {
            s0 += w.get(at + i) * query[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Copies the row's {@code dimension} codes to {@code out} from {@code to}. */
    void codes(int row, byte[] out, int to) {
        window(row).get(at(row) + Float.BYTES, out, to, dimension);
    }

    /** Copies the row's stored form (scale and codes, {@link QuantizedRows#encodedWidth} bytes) to {@code out}. */
    void encoded(int row, byte[] out, int to) {
        window(row).get(at(row), out, to, width);
    }

    private ByteBuffer window(int row) {
        return windows[row >>> shift];
    }

    private int at(int row) {
        return (row & mask) * width;
    }
}
