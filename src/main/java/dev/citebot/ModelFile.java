package dev.citebot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A model file on the class path, offered to ONNX Runtime as a plain file, which it reads in a few milliseconds:
 * read out of citebot's jar the 23 MB model costs every start about 0.27 s of inflating (measured on 2 cores), on
 * the thread that loads the model while the database opens. So the first start copies the file into a folder (the
 * database's), and later starts use that copy while it has the size and CRC-32 that the jar records for the entry,
 * checked at each start; any other copy is ignored and replaced. A resource that is already a plain file (an
 * unpacked class path) is used where it is. Copies are written under a temporary name and moved into place, so a
 * reader never sees half of one; failing to write one is logged and costs only the time it would have saved.
 */
final class ModelFile {
    private static final Logger LOG = LoggerFactory.getLogger(ModelFile.class);

    private final ClassLoader loader;
    private final String name;
    private final Optional<Path> folder;

    /**
     * @param name   the resource's name, also the copy's file name
     * @param folder where the copy is kept; empty: never copied, read from the class path each time
     */
    ModelFile(ClassLoader loader, String name, Optional<Path> folder) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.name = Objects.requireNonNull(name, "name");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The resource as a plain file holding its bytes, if there is one: the resource itself or an intact copy. */
    Optional<Path> file() {
        URL url = resource();
        try {
            if ("file".equals(url.getProtocol())) {
                return Optional.of(Path.of(url.toURI()));
            }
            Optional<Entry> entry = entry(url);
            Optional<Path> copy = folder.map(f -> f.resolve(name));
            if (entry.isEmpty() || copy.isEmpty() || !Files.isRegularFile(copy.get())) {
                return Optional.empty();
            }
            return entry.get().matches(copy.get()) ? copy : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("no usable copy of {}", name, e);
            return Optional.empty();
        }
    }

    /** The resource's bytes, read from the class path. */
    byte[] read() throws IOException {
        try (InputStream in = resource().openStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * Keeps {@code bytes}, which {@link #read} returned, as the copy in the folder, replacing any other; does
     * nothing without a folder. Never throws: a copy that cannot be written is logged and left out.
     */
    void keep(byte[] bytes) {
        if (folder.isEmpty()) {
            return;
        }
        Path target = folder.get().resolve(name);
        Path temporary = null;
        try {
            Files.createDirectories(folder.get());
            temporary = Files.createTempFile(folder.get(), name, ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep a copy of the model at {} ({}); each start reads it from the jar", target,
                    e.toString());
            deleteQuietly(temporary);
        }
    }

    private URL resource() {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return url;
    }

    private static Optional<Entry> entry(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        var entry = jar.getJarEntry();
        return entry.getSize() < 0 || entry.getCrc() < 0 ? Optional.empty()
                : Optional.of(new Entry(entry.getSize(), entry.getCrc()));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("could not delete {}", file, e);
            }
        }
    }

    /**
     * The size and CRC-32 of a jar entry's uncompressed bytes, as the jar's directory records them. A file is checked
     * through a 1 MB buffer rather than a mapping, which would stay mapped (and count as resident) until collected.
     */
    private record Entry(long size, long crc) {
        boolean matches(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                if (channel.size() != size) {
                    return false;
                }
                ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
                CRC32 crc32 = new CRC32();
                while (channel.read(buffer) >= 0) {
                    crc32.update(buffer.flip());
                    buffer.clear();
                }
                return crc32.getValue() == crc;
            }
        }
    }
}
