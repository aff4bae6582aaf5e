package dev.citebot.store.h2;

import dev.citebot.store.DerivedIndexStore.Saved;
import dev.citebot.store.StoreException;
import dev.citebot.store.file.IndexFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A copy of the stored blocks of embeddings ({@link EmbeddingBlocks}: ids, segments, int8 codes) in a local file
 * ({@link IndexFile}: length, CRC-32C), which a start reads instead of the table. A database reads its rows
 * slowly: H2 scans the 605 MB of blocks of a million passages in 3.3 s in a bare JVM, about 4.5 s of a start; the
 * file in the page cache is read in a fraction of that. The table stays the source: the store uses a copy only while
 * the table holds exactly its blocks, plus any newer ones, which it then reads from the table (see
 * {@code H2EmbeddingStore}); any other copy is ignored and rewritten.
 *
 * <p>The data: the number of rows and of blocks; per block, in the order the snapshot holds them, its id, article
 * id, row count and the length of its encoded rows; then every block's encoded rows, one after another; then every
 * row's codes in their stored form ({@link QuantizedRows#encode}), in the same order. A read takes the table
 * through a stream and maps both the encoded rows ({@link RowCodec} reads them in place) and the codes
 * ({@link MappedCodes}) rather than copying them into the heap: at a million passages that is 217 MB of encoded rows
 * in 30,731 arrays and 388 MB of codes neither allocated nor copied by a start.
 */
public final class VectorsCopy {
    private static final Logger LOG = LoggerFactory.getLogger(VectorsCopy.class);
    private static final String FORMAT = "blocks-v3";
    /** The most bytes of encoded rows mapped as one buffer: a block never lies across two. */
    private static final int ROWS_WINDOW = 1 << 30;

    private final Path file;
    private final int dimension;
    private final int width;
    private final AtomicReference<FutureTask<Optional<VectorIndex>>> ahead = new AtomicReference<>();

    private VectorsCopy(Path file, int dimension) {
        this.file = file;
        this.dimension = dimension;
        this.width = QuantizedRows.encodedWidth(dimension);
    }

    /** The copy in {@code file} of embeddings of {@code dimension}, read when a store is built with it. */
    public static VectorsCopy at(Path file, int dimension) {
        return new VectorsCopy(file, dimension);
    }

    /**
     * Starts reading the copy now, on a daemon thread, for the store built with it later: a start reads it while
     * the database opens (about a second for H2 at a million passages), which needs nothing of it.
     */
    public VectorsCopy readAhead() {
        FutureTask<Optional<VectorIndex>> task = new FutureTask<>(this::readNow);
        if (ahead.compareAndSet(null, task)) {
            Thread reader = new Thread(task, "embeddings-copy");
            reader.setDaemon(true);
            reader.start();
        }
        return this;
    }

    Path file() {
        return file;
    }

    int dimension() {
        return dimension;
    }

    /**
     * The copy's blocks as a new snapshot (version 0), if there is a whole copy for this dimension: what the read
     * ahead got, the first time, else read now.
     */
    Optional<VectorIndex> read() {
        FutureTask<Optional<VectorIndex>> task = ahead.getAndSet(null);
        if (task == null) {
            return readNow();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            LOG.info("reading the copy of the embeddings {} failed: {}", file, e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<VectorIndex> readNow() {
        try {
            return IndexFile.readMapping(file, fingerprint -> fingerprint.startsWith(kind() + ":"), this::decode)
                    .map(Saved::index);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info("the copy of the embeddings {} is not usable; they are read from the database: {}", file,
                    e.toString());
            return Optional.empty();
        }
    }

    private VectorIndex decode(IndexFile.Data data) throws IOException {
        DataInputStream in = new DataInputStream(data.stream());
        int rows = in.readInt();
        int count = in.readInt();
        if (rows < 0 || count < 0 || count > rows || (long) rows * width > data.length()) {
            throw new IOException("a copy that says " + rows + " rows in " + count + " blocks in "
                    + data.length() + " bytes");
        }
        Block[] blocks = new Block[count];
        long total = 0;
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new Block(in.readLong(), in.readLong(), in.readInt(), in.readInt());
            if (blocks[i].size <= 0 || blocks[i].length <= 0 || blocks[i].length > ROWS_WINDOW) {
                throw new IOException("a copy with a block of " + blocks[i].size + " rows in " + blocks[i].length
                        + " bytes");
            }
            total += blocks[i].size;
        }
        ByteBuffer[] encoded = mapRows(data, blocks);
        MappedCodes codes = new MappedCodes(data.mapRest(width), dimension,
                IndexFile.Data.unitsPerWindow(width));
        if (total != rows || codes.rows() != rows) {
            throw new IOException("a copy of " + total + " embeddings and " + codes.rows() + " codes that says "
                    + rows);
        }
        VectorIndex index = VectorIndex.mapped(dimension, codes);
        for (int i = 0; i < blocks.length; i++) {
            index = index.appendMapped(blocks[i].id, blocks[i].articleId, encoded[i],
                    RowCodec.offsets(encoded[i], blocks[i].size));
        }
        return index;
    }

    /** Each block's encoded rows, in place: mapped in windows of whole blocks, each block a slice of one. */
    private static ByteBuffer[] mapRows(IndexFile.Data data, Block[] blocks) throws IOException {
        ByteBuffer[] out = new ByteBuffer[blocks.length];
        for (int first = 0, next; first < blocks.length; first = next) {
            long bytes = 0;
            for (next = first; next < blocks.length && bytes + blocks[next].length <= ROWS_WINDOW; next++) {
                bytes += blocks[next].length;
            }
            ByteBuffer window = data.mapNext((int) bytes);
            for (int i = first, at = 0; i < next; at += blocks[i].length, i++) {
                out[i] = window.slice(at, blocks[i].length);
            }
        }
        return out;
    }

    private record Block(long id, long articleId, int size, int length) {
    }

    /**
     * Replaces the copy with {@code index}'s blocks; nothing, if one of them lost rows (a removal leaves the block's
     * encoded rows whole in memory, so its stored form is not at hand). A failure to write is logged.
     *
     * @return whether the copy now holds {@code index}'s blocks
     */
    boolean write(VectorIndex index) {
        try (IndexFile.Writer writer = IndexFile.writer(file)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(writer.data(), 1 << 16));
            if (!encode(index, out)) {
                return false;
            }
            out.flush();
            writer.commit(kind() + ":" + index.size() + ":" + index.maxBlockId());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write a copy of the embeddings to {}; starts read them from the database: {}", file,
                    e.toString());
            return false;
        }
    }

    private boolean encode(VectorIndex index, DataOutputStream out) throws IOException {
        List<Integer> firsts = new ArrayList<>();
        for (int row = 0; row < index.size(); row++) {
            if (row == 0 || index.blockId(row) != index.blockId(row - 1)) {
                firsts.add(row);
            }
        }
        firsts.add(index.size());
        out.writeInt(index.size());
        out.writeInt(firsts.size() - 1);
        for (int b = 0; b + 1 < firsts.size(); b++) {
            int first = firsts.get(b);
            int size = firsts.get(b + 1) - first;
            ByteBuffer encoded = index.storedRows(first);
            if (!whole(index, first, size, encoded)) {
                return false;
            }
            out.writeLong(index.blockId(first));
            out.writeLong(index.articleId(first));
            out.writeInt(size);
            out.writeInt(encoded.limit());
        }
        byte[] bytes = new byte[0];
        for (int b = 0; b + 1 < firsts.size(); b++) {
            ByteBuffer encoded = index.storedRows(firsts.get(b));
            bytes = bytes.length >= encoded.limit() ? bytes : new byte[encoded.limit()];
            encoded.get(0, bytes, 0, encoded.limit());
            out.write(bytes, 0, encoded.limit());
        }
        byte[] row = new byte[width];
        for (int r = 0; r < index.size(); r++) {
            index.storedCodes(r, row, 0);
            out.write(row);
        }
        return true;
    }

    /** Whether rows {@code [first, first + size)} are exactly the rows {@code encoded} holds, in order. */
    private static boolean whole(VectorIndex index, int first, int size, ByteBuffer encoded) {
        try {
            int[] offsets = RowCodec.offsets(encoded, size);
            for (int i = 0; i < size; i++) {
                if (index.storedRows(first + i) != encoded || index.storedOffset(first + i) != offsets[i]) {
                    return false;
                }
            }
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /**
     * Whether {@code index} holds block {@code blockId} as {@code encoded} rows and {@code codes} (read from the
     * table): the check that a copy was made from this database and not another one at the same path.
     */
    boolean holdsAsStored(VectorIndex index, long blockId, byte[] encoded, byte[] codes) {
        int first = 0;
        while (first < index.size() && index.blockId(first) != blockId) {
            first++;
        }
        int size = codes.length / width;
        boolean sameSize = first + size <= index.size()
                && (first + size == index.size() || index.blockId(first + size) != blockId);
        if (!sameSize || !index.storedRows(first).equals(ByteBuffer.wrap(encoded))
                || !whole(index, first, size, index.storedRows(first))) {
            return false;
        }
        byte[] held = new byte[size * width];
        for (int i = 0; i < size; i++) {
            index.storedCodes(first + i, held, i * width);
        }
        return Arrays.equals(held, codes);
    }

    private String kind() {
        return FORMAT + ":" + dimension;
    }
}
