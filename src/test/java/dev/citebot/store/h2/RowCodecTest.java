package dev.citebot.store.h2;

import dev.citebot.store.StoredRows;
import dev.citebot.store.StoreException;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowCodecTest {
    private static final Metadata TYPED = new Metadata()
            .put("string", "«quoted» \"text\"\nwith ünïcode")
            .put("empty", "")
            .put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
            .put("int", Integer.MIN_VALUE)
            .put("long", Long.MAX_VALUE)
            .put("float", 0.1f)
            .put("double", 0.1)
            .put("nan", Double.NaN)
            .put("negative zero", -0.0f)
            .put("infinity", Float.POSITIVE_INFINITY);

    @Test
    void idsTextsAndEveryMetadataTypeComeBackEqualRowByRow() {
        List<EmbeddingRow> rows = List.of(
                row("ünï-1", TextSegment.from("  Forecasters said “the storm” would weaken.\n", TYPED)),
                row("bare", null),
                row("x".repeat(64), TextSegment.from("x", new Metadata())),
                row("long text", TextSegment.from("é".repeat(70_000), new Metadata().put("k", 1))));

        for (ByteBuffer block : forms(RowCodec.encode(rows))) {
            int[] offsets = RowCodec.offsets(block, rows.size());

            for (int i = 0; i < rows.size(); i++) {
                assertThat(RowCodec.id(block, offsets[i])).isEqualTo(rows.get(i).id());
                assertThat(RowCodec.segment(block, offsets[i])).isEqualTo(rows.get(i).segment());
            }
            Metadata back = RowCodec.segment(block, offsets[0]).metadata();
            assertThat(back.toMap().get("int")).isInstanceOf(Integer.class);
            assertThat(back.toMap().get("long")).isInstanceOf(Long.class);
            assertThat(back.toMap().get("float")).isInstanceOf(Float.class);
            assertThat(back.toMap().get("uuid")).isInstanceOf(UUID.class);
            assertThat(RowCodec.metadata(block, offsets[1])).isEqualTo(new Metadata());
            assertThat(RowCodec.metadata(block, offsets[0])).isEqualTo(TYPED);
            assertThat(block.position()).as("reads leave the buffer's position alone").isZero();
        }
    }

    @Test
    void integersReadsIntegerAndLongValuesAndMarksTheRestAbsent() {
        List<EmbeddingRow> rows = List.of(
                row("a", TextSegment.from("t", new Metadata().put("start", 3).put("article_id", 9L).put("end", "7")
                        .put("name", "start"))),
                row("b", null),
                row("c", TextSegment.from("t", new Metadata().put("start", 4.0).put("article_id", Long.MIN_VALUE))));
        byte[][] keys = {"article_id".getBytes(), "start".getBytes(), "end".getBytes(), "none".getBytes()};
        long[] values = new long[keys.length];
        for (ByteBuffer block : forms(RowCodec.encode(rows))) {
            int[] offsets = RowCodec.offsets(block, rows.size());

            RowCodec.integers(block, offsets[0], keys, values);
            assertThat(values).containsExactly(9, 3, StoredRows.ABSENT, StoredRows.ABSENT);
            RowCodec.integers(block, offsets[1], keys, values);
            assertThat(values).containsOnly(StoredRows.ABSENT);
            RowCodec.integers(block, offsets[2], keys, values);
            assertThat(values).containsOnly(StoredRows.ABSENT);
        }
    }

    /**
     * A block as the store holds it: an array read from the table, a slice of a larger array (its bytes start
     * after others'), and outside the heap like a mapping of the store's copy.
     */
    private static List<ByteBuffer> forms(byte[] block) {
        byte[] larger = new byte[block.length + 7];
        System.arraycopy(block, 0, larger, 5, block.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(block.length).put(block).flip();
        return List.of(ByteBuffer.wrap(block), ByteBuffer.wrap(larger).slice(5, block.length), direct);
    }

    @Test
    void aBlockThatDoesNotHoldTheStatedRowsIsRejected() {
        byte[] block = RowCodec.encode(List.of(row("a", null), row("b", null)));

        assertThat(RowCodec.offsets(block, 2)).hasSize(2);
        assertThatThrownBy(() -> RowCodec.offsets(block, 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> RowCodec.offsets(block, 3)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> RowCodec.offsets(Arrays.copyOf(block, block.length - 1), 2))
                .isInstanceOf(StoreException.class);
    }

    private static EmbeddingRow row(String id, TextSegment segment) {
        return new EmbeddingRow(id, new float[]{1, 0}, segment, EmbeddingRow.NO_ARTICLE);
    }
}
