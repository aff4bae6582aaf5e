package dev.citebot.store.h2;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeChunksTest {
    private static final int DIMENSION = 384;
    private static final long MB = 1 << 20;

    @Test
    void aChunkIsAPowerOfTwoOfRowsThatFitsOneG1RegionAndIsAtLeastHalfOfIt() {
        for (long region : new long[] {MB, 2 * MB, 4 * MB, 32 * MB}) {
            int rows = CodeChunks.rows(DIMENSION, region);
            long bytes = (long) rows * DIMENSION;
            assertThat(Integer.bitCount(rows)).as("a power of two").isEqualTo(1);
            assertThat(bytes + 16).as("region %d", region).isLessThanOrEqualTo(region);
            assertThat(bytes).as("humongous in region %d", region).isGreaterThanOrEqualTo(region / 2);
        }
        assertThat(CodeChunks.rows(DIMENSION, 4 * MB)).isEqualTo(8192);
    }

    @Test
    void withoutG1ChunksKeepTheirOrdinarySize() {
        assertThat(CodeChunks.rows(DIMENSION, 0)).isEqualTo(CodeChunks.FALLBACK_ROWS);
        assertThat(CodeChunks.rows(1 << 20, MB)).as("not one row fits").isEqualTo(CodeChunks.FALLBACK_ROWS);
    }
}
