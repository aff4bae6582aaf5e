package dev.citebot.store.h2;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The int8 codes and sign bits of {@link QuantizedRows}: their error bounds, growth that copies no rows, and rows read
 * in place ({@link MappedCodes}) that score exactly as rows held in the heap.
 */
class QuantizedRowsTest {
    private static final int DIMENSION = 384;

    private final Random random = new Random(5);

    @Test
    void anInt8DotProductStaysWithinHalfAScaleStepTimesTheQueryL1Norm() {
        QuantizedRows rows = QuantizedRows.allocate(DIMENSION, 100);
        float[][] vectors = new float[100][];
        for (int r = 0; r < vectors.length; r++) {
            vectors[r] = unit();
            rows.put(r, vectors[r], 0);
        }
        float[] q = unit();
        double l1 = 0;
        for (float v : q) {
            l1 += Math.abs(v);
        }
        double worst = 0;
        for (int r = 0; r < vectors.length; r++) {
            double exact = VectorMath.dot(vectors[r], 0, q);
            double bound = 0.5 * maxAbs(vectors[r]) / 127 * l1;
            assertThat(Math.abs(rows.dot(r, q) - exact)).as("row %d", r).isLessThanOrEqualTo(bound + 1e-6);
            worst = Math.max(worst, Math.abs(rows.dot(r, q) - exact));
        }
        assertThat(worst).as("the typical error is far below the bound").isLessThan(0.002);
    }

    @Test
    void signBitsCountTheDimensionsWhoseSignsDiffer() {
        QuantizedRows rows = QuantizedRows.allocate(DIMENSION, 1);
        float[] v = unit();
        rows.put(0, v, 0);
        float[] q = v.clone();
        for (int i = 0; i < 70; i += 7) {
            q[i] = -q[i];
        }
        assertThat(rows.hamming(0, rows.signs(v))).isZero();
        assertThat(rows.hamming(0, rows.signs(q))).isEqualTo(10);
    }

    @Test
    void aZeroVectorScoresZero() {
        QuantizedRows rows = QuantizedRows.allocate(DIMENSION, 1);
        rows.put(0, new float[DIMENSION], 0);
        assertThat(rows.dot(0, unit())).isZero();
        assertThat(rows.approximate(0)).containsOnly(0f);
    }

    @Test
    void growingPastAChunkKeepsTheRowsAlreadyHeldAndSharesTheirChunks() {
        QuantizedRows small = QuantizedRows.allocate(DIMENSION, 10);
        assertThat(small.capacity()).isEqualTo(QuantizedRows.CHUNK_ROWS);
        float[] first = unit();
        small.put(3, first, 0);
        QuantizedRows large = small.withCapacity(QuantizedRows.CHUNK_ROWS + 1);
        float[] last = unit();
        large.put(QuantizedRows.CHUNK_ROWS, last, 0);

        assertThat(large.capacity()).isEqualTo(2 * QuantizedRows.CHUNK_ROWS);
        assertThat(large.withCapacity(QuantizedRows.CHUNK_ROWS)).isSameAs(large);
        assertThat(large.approximate(3)).containsExactly(small.approximate(3));
        assertThat(large.dot(QuantizedRows.CHUNK_ROWS, last)).isCloseTo(1f, within(0.002f));
        small.put(4, last, 0);
        assertThat(large.approximate(4)).as("a row written through the smaller one shows in the larger")
                .containsExactly(small.approximate(4));
    }

    @Test
    void rowsOnBothSidesOfAChunkOfCodesKeepTheirOwnCodes() {
        int boundary = CodeChunks.rows(DIMENSION);
        QuantizedRows rows = QuantizedRows.allocate(DIMENSION, boundary - 1).withCapacity(boundary + 2);
        float[] before = unit();
        float[] after = unit();
        rows.put(boundary - 1, before, 0);
        rows.put(boundary, after, 0);
        QuantizedRows copy = QuantizedRows.allocate(DIMENSION, 2);
        copy.copy(rows, boundary, 0);

        assertThat(rows.capacity()).isGreaterThanOrEqualTo(boundary + 2);
        assertThat(rows.dot(boundary - 1, before)).isCloseTo(1f, within(0.002f));
        assertThat(rows.dot(boundary, after)).isCloseTo(1f, within(0.002f));
        assertThat(rows.approximate(boundary)).isNotEqualTo(rows.approximate(boundary - 1));
        assertThat(copy.approximate(0)).containsExactly(rows.approximate(boundary));
    }

    @Test
    void positiveBitsMarkExactlyThePositiveCodes() {
        byte[] codes = new byte[200];
        for (int trial = 0; trial < 2_000; trial++) {
            for (int i = 0; i < codes.length; i++) {
                int pick = random.nextInt(8);
                codes[i] = (byte) (pick == 0 ? 0 : pick == 1 ? -128 : pick == 2 ? 127 : pick == 3 ? 1 : pick == 4 ? -1
                        : random.nextInt(256) - 128);
            }
            int at = random.nextInt(100);
            int count = 1 + random.nextInt(64);
            long expected = 0;
            for (int i = 0; i < count; i++) {
                expected |= codes[at + i] > 0 ? 1L << i : 0;
            }
            assertThat(QuantizedRows.positiveBits(codes, at, count)).as("at %d, %d codes", at, count)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aCopiedRowIsTheSameRow() {
        QuantizedRows from = QuantizedRows.allocate(DIMENSION, 2);
        QuantizedRows to = QuantizedRows.allocate(DIMENSION, 2);
        float[] v = unit();
        from.put(1, v, 0);
        to.copy(from, 1, 0);
        assertThat(to.approximate(0)).containsExactly(from.approximate(1));
        assertThat(to.hamming(0, to.signs(v))).isZero();
    }

    @Test
    void rowsReadInPlaceFromWindowsScoreAsRowsCopiedIntoTheHeap() {
        int rows = 11;
        float[] vectors = new float[rows * DIMENSION];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(unit(), 0, vectors, r * DIMENSION, DIMENSION);
        }
        byte[] encoded = QuantizedRows.encode(vectors, rows, DIMENSION);
        int width = QuantizedRows.encodedWidth(DIMENSION);
        QuantizedRows heap = QuantizedRows.allocate(DIMENSION, rows + 1);
        for (int r = 0; r < rows; r++) {
            heap.putEncoded(r, encoded, r * width);
        }
        QuantizedRows mapped = QuantizedRows.mapped(DIMENSION, new MappedCodes(List.of(
                window(encoded, 0, 4 * width), window(encoded, 4 * width, 4 * width),
                window(encoded, 8 * width, 3 * width)), DIMENSION, 4), rows + 1);
        float[] extra = unit();
        heap.put(rows, extra, 0);
        mapped.put(rows, extra, 0);

        assertThat(mapped.mappedRows()).isEqualTo(rows);
        float[] q = unit();
        long[] signs = heap.signs(q);
        byte[] fromHeap = new byte[width];
        byte[] fromMapped = new byte[width];
        for (int r = 0; r <= rows; r++) {
            assertThat(mapped.dot(r, q)).as("row %d", r).isEqualTo(heap.dot(r, q));
            assertThat(mapped.hamming(r, signs)).as("row %d", r).isEqualTo(heap.hamming(r, signs));
            assertThat(mapped.approximate(r)).as("row %d", r).containsExactly(heap.approximate(r));
            heap.encoded(r, fromHeap, 0);
            mapped.encoded(r, fromMapped, 0);
            assertThat(fromMapped).as("row %d", r).containsExactly(fromHeap);
        }
        QuantizedRows copied = QuantizedRows.allocate(DIMENSION, 2);
        copied.copy(mapped, 9, 0);
        copied.copy(mapped, rows, 1);
        assertThat(copied.approximate(0)).containsExactly(heap.approximate(9));
        assertThat(copied.approximate(1)).containsExactly(heap.approximate(rows));
        assertThatThrownBy(() -> mapped.put(2, extra, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void windowsMustHoldWholeRowsAndAPowerOfTwoOfThem() {
        int width = QuantizedRows.encodedWidth(DIMENSION);
        byte[] bytes = new byte[8 * width];
        assertThatThrownBy(() -> new MappedCodes(List.of(window(bytes, 0, 3 * width), window(bytes, 0, 4 * width)),
                DIMENSION, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window 0");
        assertThatThrownBy(() -> new MappedCodes(List.of(window(bytes, 0, width + 1)), DIMENSION, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole rows");
        assertThatThrownBy(() -> new MappedCodes(List.of(), DIMENSION, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power of two");
        assertThat(new MappedCodes(List.of(window(bytes, 0, 4 * width), window(bytes, 0, width)), DIMENSION, 4)
                .rows()).isEqualTo(5);
    }

    private static ByteBuffer window(byte[] bytes, int from, int length) {
        return ByteBuffer.wrap(bytes, from, length).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private float[] unit() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return VectorMath.normalized(v);
    }

    private static double maxAbs(float[] v) {
        double max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }
}
