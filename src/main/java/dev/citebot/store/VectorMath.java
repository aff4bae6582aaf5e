package dev.citebot.store;

/** The two vector operations search needs, written as plain loops that HotSpot unrolls and vectorises. */
final class VectorMath {
    private VectorMath() {
    }

    /**
     * Writes {@code source} scaled to unit length into {@code target} at {@code offset}. A zero vector stays zero
     * (its cosine similarity with anything is then 0, as in LangChain4j).
     */
    static void normalizeInto(float[] source, float[] target, int offset) {
        double sumOfSquares = 0;
        for (float v : source) {
            sumOfSquares += (double) v * v;
        }
        float scale = sumOfSquares == 0 ? 0f : (float) (1 / Math.sqrt(sumOfSquares));
        for (int i = 0; i < source.length; i++) {
            target[offset + i] = source[i] * scale;
        }
    }

    static float[] normalized(float[] source) {
        float[] result = new float[source.length];
        normalizeInto(source, result, 0);
        return result;
    }

    /** In-place form of {@link #normalizeInto} for a row of a row-major matrix. */
    static void normalizeRow(float[] matrix, int offset, int dimension) {
        double sumOfSquares = 0;
        for (int i = offset; i < offset + dimension; i++) {
            sumOfSquares += (double) matrix[i] * matrix[i];
        }
        float scale = sumOfSquares == 0 ? 0f : (float) (1 / Math.sqrt(sumOfSquares));
        for (int i = offset; i < offset + dimension; i++) {
            matrix[i] *= scale;
        }
    }

    /**
     * Dot product of {@code matrix[offset, offset + query.length)} and {@code query}. Four independent
     * accumulators break the dependency chain of a single running sum.
     */
    static float dot(float[] matrix, int offset, float[] query) {
        int n = query.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += matrix[offset + i] * query[i];
            s1 += matrix[offset + i + 1] * query[i + 1];
            s2 += matrix[offset + i + 2] * query[i + 2];
            s3 += matrix[offset + i + 3] * query[i + 3];
        }
        for (; i < n; i++) {
            s0 += matrix[offset + i] * query[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static boolean isFinite(float[] vector) {
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
