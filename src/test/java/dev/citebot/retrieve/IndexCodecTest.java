package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexCodecTest {
    private final Random random = new Random(7);

    @Test
    void arraysLongerThanOneReadChunkComeBackExactly() throws IOException {
        int[] ints = random.ints(100_003).toArray();
        long[] longs = random.longs(40_001).toArray();
        float[] floats = new float[70_001];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = random.nextFloat() - 0.5f;
        }
        byte[] saved = IndexCodec.writer().writeInts(ints, ints.length).writeLongs(longs).writeFloats(floats)
                .writeStrings(List.of("a", "", "ü")).bytes();

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved));
        assertThat(IndexCodec.readInts(in)).containsExactly(ints);
        assertThat(IndexCodec.readLongs(in)).containsExactly(longs);
        assertThat(IndexCodec.readFloats(in)).containsExactly(floats);
        assertThat(IndexCodec.readStrings(in)).containsExactly("a", "", "ü");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void anArrayCutShortIsAnErrorNotAShorterArray() {
        int[] ints = random.ints(50_000).toArray();
        byte[] saved = IndexCodec.writer().writeInts(ints, ints.length).bytes();
        byte[] cut = Arrays.copyOf(saved, saved.length - 100_000);

        assertThatThrownBy(() -> IndexCodec.readInts(new DataInputStream(new ByteArrayInputStream(cut))))
                .isInstanceOf(IOException.class).hasMessageContaining("ends early");
    }
}
