package dev.citebot.store.file;

import dev.citebot.store.DerivedIndexStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link DerivedIndexStore} that keeps a copy of each index in a local file ({@link IndexFile}) and reads that
 * copy when it was saved under the fingerprint asked for. The database stays the index's home and the source of
 * every copy: a save writes the database, then the file; a load that the file cannot serve (missing, saved under
 * another fingerprint, damaged) reads the database and, while decoding, copies what it reads to a new file. The
 * reason is speed: H2 reads an index of 166 MB (a million passages) from its large-object storage in about 1.7 s,
 * and PostgreSQL assembles it in 2–5 s, where a file in the page cache is read in a tenth of that.
 *
 * <p>Each file is written under a temporary name and moved over the old one, so a reader (another process
 * included) sees a whole file or the one before; it carries its data's length and CRC-32C, so a damaged file counts
 * as none. Failing to write a file is logged and changes nothing else: the file is only a copy.
 */
public final class FileIndexCache implements DerivedIndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileIndexCache.class);

    private final Path prefix;
    private final DerivedIndexStore database;

    /**
     * @param prefix   the path every file's name starts with: {@code data/citebot} keeps index {@code corpus} in
     *                 {@code data/citebot.corpus.idx}; the folder is made when the first file is written
     * @param database where the indexes live, read when no file serves
     */
    public FileIndexCache(Path prefix, DerivedIndexStore database) {
        this.prefix = Objects.requireNonNull(prefix, "prefix").toAbsolutePath();
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The file that holds the copy of index {@code name}. */
    public Path file(String name) {
        return file(prefix, name);
    }

    /** The file of index {@code name} under {@code prefix} (see {@link #FileIndexCache}). */
    public static Path file(Path prefix, String name) {
        Path absolute = prefix.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "." + name + ".idx");
    }

    @Override
    public <T> Optional<T> load(String name, String fingerprint, Decoder<T> decode) {
        return fromFile(name, fingerprint::equals, decode)
                .or(() -> copying(name, decode, copy -> database.load(name, fingerprint, copy)
                        .map(index -> new Saved<>(fingerprint, index))))
                .map(Saved::index);
    }

    @Override
    public <T> Optional<Saved<T>> loadAny(String name, Decoder<T> decode) {
        return fromFile(name, fingerprint -> true, decode)
                .or(() -> copying(name, decode, copy -> database.loadAny(name, copy)));
    }

    @Override
    public void save(String name, String fingerprint, byte[] data) {
        database.save(name, fingerprint, data);
        try (IndexFile.Writer writer = IndexFile.writer(file(name))) {
            writer.data().write(data);
            writer.commit(fingerprint);
        } catch (IOException e) {
            cannotWrite(name, e);
        }
    }

    private <T> Optional<Saved<T>> fromFile(String name, Predicate<String> wanted, Decoder<T> decode) {
        try {
            return IndexFile.read(file(name), wanted, decode);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info("the {} index file {} is not usable; it is read from the database: {}", name, file(name),
                    e.toString());
            return Optional.empty();
        }
    }

    /**
     * What {@code read} returns when handed {@code decode} wrapped so that every byte of the stored index (those it
     * leaves unread included) is also written to a new file, which replaces the old one once {@code read} returned
     * an index.
     */
    private <T> Optional<Saved<T>> copying(String name, Decoder<T> decode,
                                           Function<Decoder<T>, Optional<Saved<T>>> read) {
        IndexFile.Writer writer;
        try {
            writer = IndexFile.writer(file(name));
        } catch (IOException e) {
            cannotWrite(name, e);
            return read.apply(decode);
        }
        try (writer) {
            Optional<Saved<T>> saved = read.apply(in -> {
                TeeInputStream tee = new TeeInputStream(in, writer.data());
                T index = decode.decode(tee);
                tee.transferTo(OutputStream.nullOutputStream());
                return index;
            });
            saved.ifPresent(index -> commit(name, writer, index.fingerprint()));
            return saved;
        }
    }

    private void commit(String name, IndexFile.Writer writer, String fingerprint) {
        try {
            writer.commit(fingerprint);
        } catch (IOException e) {
            cannotWrite(name, e);
        }
    }

    private void cannotWrite(String name, IOException e) {
        LOG.warn("cannot write the {} index to {}; starts read it from the database: {}", name, file(name),
                e.toString());
    }
}
