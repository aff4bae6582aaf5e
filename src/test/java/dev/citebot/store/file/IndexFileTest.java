package dev.citebot.store.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link IndexFile#readMapping}: a head read as a stream, the rest mapped in parts, one checksum over all. */
class IndexFileTest {
    private static final int UNIT = 12;

    @TempDir
    Path dir;

    @Test
    void theRestIsMappedInWholeUnitsAfterWhatTheStreamRead() throws IOException {
        Path file = write(3, 5);

        Optional<List<Integer>> read = readUnits(file, 4);

        assertThat(read).contains(List.of(1000, 1001, 1002, 1003, 1004));
    }

    @Test
    void mappingsFollowOneAnotherAndEndTheStream() throws IOException {
        Path file = write(3, 5);

        Optional<List<Integer>> read = IndexFile.readMapping(file, f -> true, data -> {
            DataInputStream in = new DataInputStream(data.stream());
            for (int i = 0; i < 4; i++) {
                in.readInt();
            }
            List<ByteBuffer> parts = new ArrayList<>(List.of(data.mapNext(2 * UNIT), data.mapNext(UNIT)));
            assertThat(data.stream().read()).as("the stream ends at the first mapping").isEqualTo(-1);
            assertThatThrownBy(() -> data.mapNext(3 * UNIT)).isInstanceOf(IOException.class)
                    .hasMessageContaining("without the");
            parts.addAll(data.mapRest(UNIT));
            List<Integer> values = new ArrayList<>();
            for (ByteBuffer part : parts) {
                for (int at = 0; at < part.capacity(); at += UNIT) {
                    values.add(Integer.reverseBytes(part.getInt(at)));
                }
            }
            return values;
        }).map(saved -> saved.index());

        assertThat(read).contains(List.of(1000, 1001, 1002, 1003, 1004));
    }

    @Test
    void damageInTheMappedPartFailsTheChecksum() throws IOException {
        Path file = write(3, 5);
        byte[] bytes = Files.readAllBytes(file);
        bytes[IndexFile.HEADER + 4 + 3 * Integer.BYTES + 2 * UNIT + 5] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> readUnits(file, 4)).isInstanceOf(IOException.class).hasMessageContaining("checksum");
    }

    @Test
    void aRestThatIsNotWholeUnitsOrADecoderThatLeavesBytesIsRefused() throws IOException {
        Path file = write(3, 5);

        assertThatThrownBy(() -> readUnits(file, 2)).isInstanceOf(IOException.class)
                .hasMessageContaining("not whole units");
        assertThatThrownBy(() -> IndexFile.readMapping(file, f -> true, data -> data.stream().read()))
                .isInstanceOf(IOException.class).hasMessageContaining("not read");
    }

    @Test
    void windowsHoldAPowerOfTwoOfUnitsThatFitsABuffer() {
        assertThat(IndexFile.Data.unitsPerWindow(388)).isEqualTo(1 << 22);
        assertThat((long) IndexFile.Data.unitsPerWindow(388) * 388).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(IndexFile.Data.unitsPerWindow(1)).isEqualTo(1 << 30);
    }

    /** A file of {@code head} ints, then {@code units} units, each an int 1000 + i padded to {@value #UNIT}. */
    private Path write(int head, int units) throws IOException {
        Path file = dir.resolve("test.idx");
        try (IndexFile.Writer writer = IndexFile.writer(file)) {
            DataOutputStream out = new DataOutputStream(writer.data());
            out.writeInt(head);
            for (int i = 0; i < head; i++) {
                out.writeInt(i);
            }
            for (int i = 0; i < units; i++) {
                out.write(ByteBuffer.allocate(UNIT).putInt(1000 + i).array());
            }
            out.flush();
            writer.commit("test:" + units);
        }
        return file;
    }

    /** Reads {@code headInts} ints as a stream (the head's count and its ints are 1 + head) and maps the rest. */
    private static Optional<List<Integer>> readUnits(Path file, int headInts) throws IOException {
        return IndexFile.readMapping(file, f -> f.startsWith("test:"), data -> {
            DataInputStream in = new DataInputStream(data.stream());
            for (int i = 0; i < headInts; i++) {
                in.readInt();
            }
            List<Integer> values = new ArrayList<>();
            for (ByteBuffer window : data.mapRest(UNIT)) {
                for (int at = 0; at < window.capacity(); at += UNIT) {
                    values.add(Integer.reverseBytes(window.getInt(at)));
                }
            }
            return values;
        }).map(saved -> saved.index());
    }
}
