package dev.citebot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ModelFile}: a resource in a jar is offered as a file only through an intact copy (the jar's size and CRC-32),
 * which {@code keep} writes whole or not at all; a resource that is a plain file is offered where it is.
 */
class ModelFileTest {
    private static final String NAME = "tiny-model.onnx";
    private static final byte[] MODEL = "weights of a made-up model, 0123456789".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aResourceInAJarIsOfferedAsAFileOnceACopyIsKept() throws IOException {
        try (URLClassLoader loader = jarLoader("a.jar", MODEL)) {
            ModelFile model = new ModelFile(loader, NAME, Optional.of(dir.resolve("copies")));
            assertThat(model.file()).isEmpty();

            byte[] bytes = model.read();
            assertThat(bytes).isEqualTo(MODEL);
            model.keep(bytes);

            Path copy = dir.resolve("copies").resolve(NAME);
            assertThat(model.file()).contains(copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(MODEL);
            assertThat(namesIn(dir.resolve("copies"))).containsExactly(NAME);
        }
    }

    @Test
    void aDamagedOrShortenedCopyIsNotOfferedAndTheNextKeepReplacesIt() throws IOException {
        try (URLClassLoader loader = jarLoader("a.jar", MODEL)) {
            ModelFile model = new ModelFile(loader, NAME, Optional.of(dir));
            model.keep(model.read());
            Path copy = dir.resolve(NAME);

            byte[] damaged = MODEL.clone();
            damaged[7] ^= 1;
            Files.write(copy, damaged);
            assertThat(model.file()).isEmpty();

            Files.write(copy, java.util.Arrays.copyOf(MODEL, MODEL.length - 1));
            assertThat(model.file()).isEmpty();

            model.keep(model.read());
            assertThat(model.file()).contains(copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(MODEL);
        }
    }

    @Test
    void aCopyOfAnotherJarsModelOfTheSameNameIsNotOffered() throws IOException {
        byte[] other = "weights of another made-up model, 98765".getBytes(StandardCharsets.UTF_8);
        try (URLClassLoader first = jarLoader("a.jar", MODEL); URLClassLoader second = jarLoader("b.jar", other)) {
            ModelFile older = new ModelFile(first, NAME, Optional.of(dir));
            older.keep(older.read());

            ModelFile newer = new ModelFile(second, NAME, Optional.of(dir));
            assertThat(newer.file()).isEmpty();
            newer.keep(newer.read());
            assertThat(newer.file()).contains(dir.resolve(NAME));
            assertThat(older.file()).isEmpty();
        }
    }

    @Test
    void withoutAFolderNothingIsCopiedOrOffered() throws IOException {
        try (URLClassLoader loader = jarLoader("a.jar", MODEL)) {
            ModelFile model = new ModelFile(loader, NAME, Optional.empty());
            model.keep(model.read());

            assertThat(model.file()).isEmpty();
            assertThat(namesIn(dir)).containsExactly("a.jar");
        }
    }

    @Test
    void aResourceThatIsAlreadyAPlainFileIsOfferedWhereItIs() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve(NAME), MODEL);
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            ModelFile model = new ModelFile(loader, NAME, Optional.of(dir.resolve("copies")));

            assertThat(model.file()).contains(classes.resolve(NAME));
            assertThat(model.read()).isEqualTo(MODEL);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenCostsOnlyTheCopy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        try (URLClassLoader loader = jarLoader("a.jar", MODEL)) {
            ModelFile model = new ModelFile(loader, NAME, Optional.of(notAFolder));
            model.keep(model.read());

            assertThat(model.file()).isEmpty();
            assertThat(Files.readString(notAFolder)).isEqualTo("x");
        }
    }

    @Test
    void aMissingResourceIsNamed() throws IOException {
        try (URLClassLoader loader = jarLoader("a.jar", MODEL)) {
            ModelFile model = new ModelFile(loader, "no-such-model.onnx", Optional.of(dir));

            assertThatThrownBy(model::read).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no-such-model.onnx");
        }
    }

    private URLClassLoader jarLoader(String jarName, byte[] content) throws IOException {
        Path jar = dir.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(NAME));
            zip.write(content);
            zip.closeEntry();
        }
        return new URLClassLoader(new URL[]{jar.toUri().toURL()}, null);
    }

    private static Stream<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
