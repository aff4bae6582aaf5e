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
 * <p>The data: the number of rows; the blocks in the order the snapshot holds them, each as its id, article id, row
 * count and encoded rows, then 0; then every row's codes in their stored form ({@link QuantizedRows#encode}), in
 * the same order. A read maps the codes in place ({@link MappedCodes}) rather than copying them into the heap: at a
 * million passages that is 388 MB neither allocated nor copied by a start.
 */
public final class VectorsCopy {
    private static final Logger LOG = LoggerFactory.getLogger(VectorsCopy.class);
    private static final String FORMAT = "blocks-v2";

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
        List<Block> blocks = new ArrayList<>();
        long total = 0;
        for (long blockId = in.readLong(); blockId != 0; blockId = in.readLong()) {
            long articleId = in.readLong();
            int size = in.readInt();
            byte[] encoded = new byte[in.readInt()];
            in.readFully(encoded);
            blocks.add(new Block(blockId, articleId, encoded, RowCodec.offsets(encoded, size)));
            total += size;
        }
        MappedCodes codes = new MappedCodes(data.mapRest(width), dimension,
                IndexFile.Data.unitsPerWindow(width));
        if (total != rows || codes.rows() != rows) {
            throw new IOException("a copy of " + total + " embeddings and " + codes.rows() + " codes that says "
                    + rows);
        }
        VectorIndex index = VectorIndex.mapped(dimension, codes);
        for (Block b : blocks) {
            index = index.appendMapped(b.id, b.articleId, b.encoded, b.offsets);
        }
        return index;
    }

    private record Block(long id, long articleId, byte[] encoded, int[] offsets) {
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
        out.writeInt(index.size());
        for (int first = 0, next; first < index.size(); first = next) {
            next = first + 1;
            while (next < index.size() && index.blockId(next) == index.blockId(first)) {
                next++;
            }
            int size = next - first;
            byte[] encoded = index.storedRows(first);
            if (!whole(index, first, size, encoded)) {
                return false;
            }
            out.writeLong(index.blockId(first));
            out.writeLong(index.articleId(first));
            out.writeInt(size);
            out.writeInt(encoded.length);
            out.write(encoded);
        }
        out.writeLong(0);
        byte[] row = new byte[width];
        for (int r = 0; r < index.size(); r++) {
            index.storedCodes(r, row, 0);
            out.write(row);
        }
        return true;
    }

    /** Whether rows {@code [first, first + size)} are exactly the rows {@code encoded} holds, in order. */
    private static boolean whole(VectorIndex index, int first, int size, byte[] encoded) {
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
        if (!sameSize || !Arrays.equals(index.storedRows(first), encoded)
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
