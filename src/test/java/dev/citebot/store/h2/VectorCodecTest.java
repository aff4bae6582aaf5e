package dev.citebot.store.h2;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VectorCodecTest {

    @Test
    void randomVectorsRoundTripBitForBit() {
        Random random = new Random(7);
        for (int dimension : new int[]{1, 3, 384, 1536}) {
            float[] vector = new float[dimension];
            for (int i = 0; i < dimension; i++) {
                vector[i] = (float) random.nextGaussian() * 10;
            }

            byte[] bytes = VectorCodec.encode(vector);

            assertThat(bytes).hasSize(dimension * 4);
            assertThat(VectorCodec.decode(bytes)).containsExactly(vector);
        }
    }

    @Test
    void specialValuesRoundTripBitForBit() {
        float[] vector = {0f, -0f, Float.MIN_VALUE, -Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY, 1e-40f};

        float[] back = VectorCodec.decode(VectorCodec.encode(vector));

        for (int i = 0; i < vector.length; i++) {
            assertThat(Float.floatToRawIntBits(back[i])).as("element %d", i)
                    .isEqualTo(Float.floatToRawIntBits(vector[i]));
        }
    }

    @Test
    void theLayoutIsLittleEndianFloat32() {
        assertThat(VectorCodec.encode(new float[]{1f, -2f}))
                .containsExactly(0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0);
    }

    @Test
    void decodeIntoWritesOnlyItsRowsOfALargerArray() {
        float[] matrix = new float[9];
        java.util.Arrays.fill(matrix, 9f);

        VectorCodec.decodeInto(VectorCodec.encode(new float[]{1, 2, 3, 4}), 3, matrix, 3);

        assertThat(matrix).containsExactly(9, 9, 9, 1, 2, 3, 9, 9, 9);
    }

    @Test
    void wrongLengthsAreRejected() {
        assertThatThrownBy(() -> VectorCodec.decode(new byte[7])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VectorCodec.decodeInto(new byte[8], 3, new float[3], 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 3 floats");
    }
}
