package dev.citebot.store.h2;

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
        decodeInto(bytes, vector.length, vector, 0);
        return vector;
    }

    /** Decodes the first {@code count} floats of {@code bytes} into {@code target} from {@code offset} on. */
    static void decodeInto(byte[] bytes, int count, float[] target, int offset) {
        if (bytes.length < count * Float.BYTES) {
            throw new IllegalArgumentException("expected " + count + " floats (" + count * Float.BYTES
                    + " bytes), got " + bytes.length + " bytes");
        }
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, count);
    }
}
