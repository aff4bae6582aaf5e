package dev.citebot.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StderrProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(10_000);
    private final StderrProgress progress = new StderrProgress(Path.of("dir", "big.txt"), err, now::get);

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    @Test
    void aLineForEachFurtherTenthAtMostOncePerSecondAndAlwaysTheLast() {
        for (int done = 64; done <= 6_400; done += 64) {
            now.addAndGet(100);
            progress.embedded(done, 6_400);
        }
        progress.indexing();

        String[] lines = lines();
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).isEqualTo("big.txt: 640 of 6,400 sentences embedded (10 %, 1 s)");
        assertThat(lines[9]).isEqualTo("big.txt: 6,400 of 6,400 sentences embedded (100 %, 10 s)");
        assertThat(lines[10]).isEqualTo("big.txt: finding who said what");
    }

    @Test
    void aFastIngestShowsOnlyItsEnd() {
        for (int done = 64; done <= 640; done += 64) {
            progress.embedded(done, 640);
        }

        assertThat(lines()).containsExactly("big.txt: 640 of 640 sentences embedded (100 %, 0 s)");
    }
}
