package dev.citebot.store.h2;

import dev.citebot.store.TestArticles;
import dev.citebot.article.ArticleSummary;

import dev.citebot.article.ParsedArticle;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 5 on a database as citebot left it before (schema 4: one {@code embedding} row per embedding, JSON
 * metadata, raw float32 vectors): the embeddings move into blocks unchanged, and the store works on them.
 */
class EmbeddingBlocksMigrationTest {
    private static final int DIMENSION = 8;
    private static final int LONG_ARTICLE = EncodedBlock.MAX_ROWS + 6;

    @TempDir
    Path dir;
    private final Random random = new Random(3);
    private final MetadataCodec json = new MetadataCodec();
    private final List<String> ids = new ArrayList<>();
    private final List<Embedding> embeddings = new ArrayList<>();
    private final List<TextSegment> segments = new ArrayList<>();

    @Test
    void anOldDatabaseIsUpgradedOnOpenWithEveryEmbeddingKeptInOrder() {
        Path file = dir.resolve("citebot");
        long[] articles = oldDatabase(file);

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
            assertThat(tables(db)).contains("EMBEDDING_BLOCK", "EMBEDDING_ID").doesNotContain("EMBEDDING");
            assertThat(count(db, "SELECT COUNT(*) FROM embedding_block WHERE article_id = " + articles[1]))
                    .as("the long article fills two blocks").isEqualTo(2);
            H2EmbeddingStore store = store(db);

            assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id).containsExactlyElementsOf(ids);
            assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::segment).containsExactlyElementsOf(segments);
            assertSearchesAgreeWithAnInMemoryStore(store);
            assertThat(new H2ArticleStore(db).list()).extracting(ArticleSummary::passages)
                    .containsExactly(3, LONG_ARTICLE);
        }
    }

    @Test
    void removalsWorkOnUpgradedBlocksAndSurviveAReopen() {
        Path file = dir.resolve("citebot");
        long[] articles = oldDatabase(file);
        try (Database db = Database.open(file)) {
            H2EmbeddingStore store = store(db);
            store.removeAll(List.of("a1-1", "a2-" + (LONG_ARTICLE - 1), "loose"));
            store.removeAll(metadataKey("article_id").isEqualTo(articles[0]));
            assertThat(store.size()).isEqualTo(LONG_ARTICLE - 1);
        }
        try (Database db = Database.open(file)) {
            H2EmbeddingStore store = store(db);
            assertThat(store.entries()).extracting(H2EmbeddingStore.Entry::id)
                    .hasSize(LONG_ARTICLE - 1).doesNotContain("a1-0", "a1-1", "a2-" + (LONG_ARTICLE - 1), "loose")
                    .contains("a2-0", "a2-" + (LONG_ARTICLE - 2));
            assertThat(count(db, "SELECT COUNT(*) FROM embedding_id")).isEqualTo(LONG_ARTICLE - 1);
            store.removeAll();
            assertThat(count(db, "SELECT COUNT(*) FROM embedding_block")).isZero();
        }
    }

    @Test
    void blocksLeftByAnInterruptedUpgradeAreReplaced() {
        Path file = dir.resolve("citebot");
        oldDatabase(file);
        try (Database db = Database.open(file, Migrations.upTo(4))) {
            db.write(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("CREATE TABLE embedding_block(id BIGINT AUTO_INCREMENT PRIMARY KEY, article_id BIGINT"
                            + " NULL REFERENCES article(id) ON DELETE CASCADE, size INT NOT NULL, rows VARBINARY"
                            + " NOT NULL, vectors VARBINARY NOT NULL)");
                    s.executeUpdate("INSERT INTO embedding_block(article_id, size, rows, vectors)"
                            + " VALUES (NULL, 0, X'', X'')");
                }
                return null;
            });
        }

        try (Database db = Database.open(file)) {
            assertThat(count(db, "SELECT COUNT(*) FROM embedding_block WHERE size = 0")).isZero();
            assertThat(store(db).entries()).extracting(H2EmbeddingStore.Entry::id).containsExactlyElementsOf(ids);
        }
    }

    /** Schema 4 with article 1 (3 sentences), article 2 ({@link #LONG_ARTICLE} sentences) and one loose row. */
    private long[] oldDatabase(Path file) {
        try (Database db = Database.open(file, Migrations.upTo(4))) {
            long first = article(db, "One");
            long second = article(db, "Two");
            db.write(tx -> {
                for (int i = 0; i < 3; i++) {
                    legacyRow(tx.connection(), "a1-" + i, first, "First " + i + ".", i);
                }
                legacyRow(tx.connection(), "loose", 0, null, 0);
                for (int i = 0; i < LONG_ARTICLE; i++) {
                    legacyRow(tx.connection(), "a2-" + i, second, "Second “" + i + "”.", i);
                }
                return null;
            });
            return new long[]{first, second};
        }
    }

    private void legacyRow(Connection c, String id, long articleId, String text, int sentence) throws SQLException {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) random.nextGaussian() * 3;
        }
        TextSegment segment = text == null ? null : TextSegment.from(text, new Metadata()
                .put("article_id", articleId).put("sentence", sentence).put("weight", 0.5f));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO embedding(id, article_id, text, metadata, vector) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            if (articleId == 0) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, articleId);
            }
            ps.setString(3, text);
            ps.setString(4, json.encode(segment == null ? new Metadata() : segment.metadata()));
            ps.setBytes(5, VectorCodec.encode(vector));
            ps.executeUpdate();
        }
        ids.add(id);
        embeddings.add(new Embedding(vector));
        segments.add(segment);
    }

    private void assertSearchesAgreeWithAnInMemoryStore(H2EmbeddingStore store) {
        InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();
        for (int i = 0; i < ids.size(); i++) {
            reference.add(ids.get(i), embeddings.get(i), segments.get(i));
        }
        for (int q = 0; q < 5; q++) {
            float[] query = new float[DIMENSION];
            for (int i = 0; i < DIMENSION; i++) {
                query[i] = (float) random.nextGaussian();
            }
            EmbeddingSearchRequest request = EmbeddingSearchRequest.builder().queryEmbedding(new Embedding(query))
                    .maxResults(7).build();
            List<EmbeddingMatch<TextSegment>> ours = store.search(request).matches();
            List<EmbeddingMatch<TextSegment>> theirs = reference.search(request).matches();
            ExactnessCheck.check(ours, theirs.stream().map(EmbeddingMatch::embeddingId).toList(),
                    id -> ExactnessCheck.relevance(embeddings.get(ids.indexOf(id)).vector(), query));
        }
    }

    private static H2EmbeddingStore store(Database db) {
        return H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
    }

    private static long article(Database db, String title) {
        String text = title + "\n\nBody of " + title + ".";
        return db.write(tx -> new H2ArticleStore(db).insert(tx, new ParsedArticle(title, text, title),
                TestArticles.sha256(text), TestArticles.paragraphsOf(text)));
    }

    private static List<String> tables(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", null)) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        });
    }

    private static int count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
