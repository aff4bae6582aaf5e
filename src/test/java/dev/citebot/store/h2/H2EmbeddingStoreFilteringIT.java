package dev.citebot.store.h2;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithFilteringIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * LangChain4j's own contract for an embedding store with metadata filters (adding, searching, scores within its
 * default 1 %, minimum score, every filter; not the returned vector bit for bit, see {@link #assertEmbedding}), run
 * against {@link H2EmbeddingStore} on a real H2 file with the real embedding model.
 */
class H2EmbeddingStoreFilteringIT extends EmbeddingStoreWithFilteringIT {
    @TempDir
    static Path dir;
    private static EmbeddingModel model;
    private static Database db;
    private static H2EmbeddingStore store;

    @BeforeAll
    static void open() {
        use(Database.open(dir.resolve("citebot")));
    }

    /** Runs the contract on {@code database} (a subclass's, whose {@code open} hides this class's). */
    static void use(Database database) {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        db = database;
        store = H2EmbeddingStore.builder().database(db).dimension(model.dimension()).build();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected EmbeddingStore<TextSegment> embeddingStore() {
        return store;
    }

    @Override
    protected void clearStore() {
        store.removeAll();
    }

    /** {@code ContainsString} is tested on the metadata like every other filter. */
    @Override
    protected boolean supportsContains() {
        return true;
    }

    /**
     * A match carries its stored vector as the in-memory int8 codes give it back, not bit for bit (see
     * {@link H2EmbeddingStore}); {@code VectorIndexTest} and {@code QuantizedSearchIT} check how close it is.
     */
    @Override
    protected boolean assertEmbedding() {
        return false;
    }

    @Override
    protected EmbeddingModel embeddingModel() {
        return model;
    }
}
