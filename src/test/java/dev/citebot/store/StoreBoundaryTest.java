package dev.citebot.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the {@code store} package: all SQL and all of the H2 backend stay in {@code store.h2}, which only
 * the composition root ({@code App}) names, and the store interfaces import nothing above {@code text},
 * {@code article} and {@code config}. Checked on the sources, so that a later backend keeps to it too.
 */
class StoreBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/dev/citebot");
    private static final Pattern BACKEND = Pattern.compile("^import (static )?(java\\.sql|javax\\.sql|org\\.h2|"
            + "dev\\.citebot\\.store\\.h2)\\.", Pattern.MULTILINE);
    private static final Pattern HIGHER = Pattern.compile("^import (static )?dev\\.citebot\\.(?!store\\.|text\\.|"
            + "article\\.|config\\.)", Pattern.MULTILINE);

    @Test
    void onlyTheH2BackendAndTheCompositionRootNameTheBackend() throws IOException {
        assertThat(MAIN.resolve("store/h2")).isDirectory();
        assertThat(backendUsers(MAIN)).containsExactly("App.java");
    }

    @Test
    void theStoreImportsNothingAboveIt() throws IOException {
        assertThat(matching(MAIN.resolve("store"), HIGHER)).isEmpty();
    }

    @Test
    void theChecksFindWhatTheyForbid(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("store/h2"));
        Files.createDirectories(dir.resolve("retrieve"));
        Files.writeString(dir.resolve("store/h2/Fine.java"), "import java.sql.Connection;\n");
        Files.writeString(dir.resolve("retrieve/Bad.java"), "package x;\n\nimport dev.citebot.store.h2.Database;\n");
        Files.writeString(dir.resolve("store/Up.java"), "import dev.citebot.retrieve.Corpus;\n");

        assertThat(backendUsers(dir)).containsExactly("retrieve/Bad.java");
        assertThat(matching(dir.resolve("store"), HIGHER)).containsExactly("Up.java");
    }

    /** Sources outside {@code store/h2} that import SQL, H2 or the H2 backend, relative to {@code root}. */
    private static List<String> backendUsers(Path root) throws IOException {
        return matching(root, BACKEND).stream().filter(f -> !f.startsWith("store/h2/")).toList();
    }

    private static List<String> matching(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> contains(f, pattern))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static boolean contains(Path file, Pattern pattern) {
        try {
            return pattern.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
