package dev.citebot.store.file;

import dev.citebot.store.DerivedIndexStore.Decoder;
import dev.citebot.store.DerivedIndexStore.Saved;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * One saved index in a file: a header of {@value #HEADER} bytes (magic, the data's length, its CRC-32C), the data,
 * then the fingerprint it was built under (UTF-8) to the end of the file. The fingerprint comes last so that a copy
 * can be written while the index is read from the database, before its fingerprint is known (see
 * {@link FileIndexCache}). Also the form of other local copies (the vectors' in {@code store.h2}).
 */
public final class IndexFile {
    static final int HEADER = 8 + 8 + 4;
    private static final long MAGIC = 0x4349_5445_4958_3031L;
    private static final int MAX_FINGERPRINT = 4096;

    private IndexFile() {
    }

    /**
     * Decodes the file's data if its fingerprint is {@code wanted}; empty if it is another.
     *
     * @throws java.nio.file.NoSuchFileException if there is no file
     * @throws IOException                       if it is not a whole, undamaged index file, or decoding fails
     */
    public static <T> Optional<Saved<T>> read(Path file, Predicate<String> wanted, Decoder<T> decode) throws IOException {
        return readMapping(file, wanted, data -> {
            T index = decode.decode(data.stream());
            data.stream().transferTo(OutputStream.nullOutputStream());
            return index;
        });
    }

    /**
     * Like {@link #read}, for data whose later parts are better mapped than read: {@code decode} reads the first part
     * from {@link Data#stream} and maps the rest with {@link Data#mapNext} and {@link Data#mapRest}. The checksum
     * covers all of it; the decoder must read or map the whole data. The mappings stay valid after this returns.
     *
     * @throws java.nio.file.NoSuchFileException if there is no file
     * @throws IOException                       if it is not a whole, undamaged index file, or decoding fails
     */
    public static <T> Optional<Saved<T>> readMapping(Path file, Predicate<String> wanted, MappingDecoder<T> decode)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = readExactly(channel, 0, HEADER);
            if (header.getLong() != MAGIC) {
                throw new IOException("not an index file");
            }
            long length = header.getLong();
            int crc = header.getInt();
            long tail = channel.size() - HEADER - length;
            if (length < 0 || tail < 0 || tail > MAX_FINGERPRINT) {
                throw new IOException("an index file of the wrong length");
            }
            String fingerprint = StandardCharsets.UTF_8.decode(readExactly(channel, HEADER + length, (int) tail))
                    .toString();
            if (!wanted.test(fingerprint)) {
                return Optional.empty();
            }
            Data data = new Data(channel, length);
            T index = decode.decode(data);
            if (data.consumed() != length) {
                throw new IOException("an index file with " + (length - data.consumed()) + " bytes not read");
            }
            if (data.checksum() != crc) {
                throw new IOException("a damaged index file (checksum)");
            }
            return Optional.of(new Saved<>(fingerprint, index));
        }
    }

    /** What {@link #readMapping} decodes with. */
    public interface MappingDecoder<T> {
        T decode(Data data) throws IOException;
    }

    /**
     * An index file's data, read from its start through {@link #stream} and then, optionally, mapped part by part
     * through {@link #mapNext} and {@link #mapRest}.
     */
    public static final class Data {
        private final FileChannel channel;
        private final long length;
        private final CRC32C crc = new CRC32C();
        private final Limited limited;
        private final InputStream stream;
        /** Where the next mapping starts in the data; -1 before the first. */
        private long mappedTo = -1;

        private Data(FileChannel channel, long length) throws IOException {
            this.channel = channel;
            this.length = length;
            channel.position(HEADER);
            this.limited = new Limited(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), length);
            this.stream = new CheckedInputStream(limited, crc);
        }

        /** The data's length in bytes, as the header says and the file's length agrees. */
        public long length() {
            return length;
        }

        /** The data from its start, buffered already: a decoder that buffers it again reads past what it uses. */
        public InputStream stream() {
            return stream;
        }

        /**
         * The next {@code length} bytes of the data, mapped read-only and little-endian as one buffer: the first call
         * maps what follows what {@link #stream} has returned, after which the stream is at its end; each later call
         * what follows the last mapping. A mapping stays valid after the file is replaced or deleted (a copy is
         * replaced by moving a new file into place, never rewritten), but not if it is shortened in place.
         */
        public ByteBuffer mapNext(int length) throws IOException {
            if (mappedTo < 0) {
                mappedTo = limited.count();
                limited.end();
            }
            if (length < 0 || length > this.length - mappedTo) {
                throw new IOException("an index file without the " + length + " bytes it says follow");
            }
            ByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, HEADER + mappedTo, length)
                    .order(ByteOrder.LITTLE_ENDIAN);
            crc.update(buffer.duplicate());
            mappedTo += length;
            return buffer;
        }

        /**
         * The rest of the data, mapped like {@link #mapNext} in windows of whole {@code unit}s: every window but the
         * last holds {@link #unitsPerWindow} units (the largest power of two of units a buffer can hold). The rest
         * must be a whole number of units.
         */
        public List<ByteBuffer> mapRest(int unit) throws IOException {
            long rest = length - consumed();
            if (unit <= 0 || rest % unit != 0) {
                throw new IOException("an index file whose last " + rest + " bytes are not whole units of " + unit);
            }
            long window = (long) unitsPerWindow(unit) * unit;
            List<ByteBuffer> windows = new ArrayList<>();
            for (long at = 0; at < rest; at += window) {
                windows.add(mapNext((int) Math.min(window, rest - at)));
            }
            return windows;
        }

        /** Units of {@code unit} bytes per window of {@link #mapRest}: a power of two. */
        public static int unitsPerWindow(int unit) {
            return Integer.highestOneBit(Integer.MAX_VALUE / unit);
        }

        /** The bytes read or mapped so far. */
        long consumed() {
            return mappedTo < 0 ? limited.count() : mappedTo;
        }

        int checksum() {
            return (int) crc.getValue();
        }
    }

    private static ByteBuffer readExactly(FileChannel channel, long position, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("an index file shorter than its header says");
            }
        }
        return buffer.flip();
    }

    /** Starts a new file for {@code file}, under a temporary name beside it. */
    public static Writer writer(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            return new Writer(file, temporary, FileChannel.open(temporary, StandardOpenOption.WRITE));
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * A file being written: data first, through {@link #data}, which never throws (a failure is kept and thrown by
     * {@link #commit}); then {@link #commit} adds the fingerprint and the header and moves the file into place.
     * Closing without a commit deletes it.
     */
    public static final class Writer implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private final FileChannel channel;
        private final CRC32C crc = new CRC32C();
        private final SafeOutput data;
        private boolean committed;

        private Writer(Path target, Path temporary, FileChannel channel) throws IOException {
            this.target = target;
            this.temporary = temporary;
            this.channel = channel;
            channel.position(HEADER);
            this.data = new SafeOutput(new BufferedOutputStream(
                    new CheckedOutputStream(Channels.newOutputStream(channel), crc), 1 << 16));
        }

        public OutputStream data() {
            return data;
        }

        public void commit(String fingerprint) throws IOException {
            data.flushOrThrow();
            long length = channel.position() - HEADER;
            channel.write(ByteBuffer.wrap(fingerprint.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(MAGIC).putLong(length)
                    .putInt((int) crc.getValue()).flip();
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                channel.close();
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                temporary.toFile().deleteOnExit();
            }
        }
    }

    /** An output stream that keeps its first failure instead of throwing it, and then writes nothing more. */
    private static final class SafeOutput extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        SafeOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (failure != null) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
            }
        }

        void flushOrThrow() throws IOException {
            if (failure == null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * At most {@code limit} bytes of a stream: the data, not the fingerprint after it; counts what it returned, and
     * after {@link #end} returns nothing more.
     */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private final long limit;
        private long left;

        Limited(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
            this.left = limit;
        }

        long count() {
            return limit - left;
        }

        void end() {
            left = 0;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left -= b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return len == 0 ? 0 : -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
