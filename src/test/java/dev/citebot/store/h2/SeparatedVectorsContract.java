package dev.citebot.store.h2;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 12 on a database that schema 11 filled (vectors inside {@code embedding_block}): the vectors move to
 * {@code embedding_vector} unchanged, and every block gets the codes that the current store would write for the
 * same rows, so searches score exactly as on a database filled by the current code. Each backend opens databases
 * by name: the same name is the same database.
 */
abstract class SeparatedVectorsContract {
    static final int DIMENSION = 16;
    /** Three blocks: a full one, a short one and a single row. */
    static final int[] BLOCK_SIZES = {EncodedBlock.MAX_ROWS, 10, 1};

    private final Random random = new Random(12);
    final List<List<EmbeddingRow>> blocks = new ArrayList<>();

    /** Opens (creating it when new) the database called {@code name} with {@code migrations}. */
    abstract Database open(String name, Migrations migrations);

    @Test
    void anUpgradedDatabaseHasTheCodesAFreshOneWouldHaveAndItsVectorsUnchanged() {
        Map<Long, byte[]> before = filledBySchema11("old");
        try (Database fresh = open("fresh", Migrations.standard())) {
            H2EmbeddingStore freshStore = store(fresh);
            blocks.forEach(rows -> freshStore.addAll(ids(rows), embeddings(rows), segments(rows)));
            try (Database upgraded = open("old", Migrations.standard())) {
                assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.standard().latestVersion());
                assertThat(columns(upgraded, "embedding_block")).contains("codes").doesNotContain("vectors");
                assertThat(bytesByBlock(upgraded, "SELECT block_id, vectors FROM embedding_vector"))
                        .containsOnlyKeys(before.keySet())
                        .allSatisfy((id, vectors) -> assertThat(vectors).isEqualTo(before.get(id)));
                assertThat(codesInOrder(upgraded)).containsExactlyElementsOf(codesInOrder(fresh));
                assertSameSearches(store(upgraded), freshStore);
            }
        }
    }

    @Test
    void removingRowsOfAnUpgradedBlockRewritesItsCodesAndItsVectors() {
        filledBySchema11("old");
        List<EmbeddingRow> first = blocks.get(0);
        try (Database upgraded = open("old", Migrations.standard())) {
            store(upgraded).removeAll(List.of(first.get(0).id(), first.get(5).id()));
        }
        try (Database reopened = open("old", Migrations.standard());
             Database fresh = open("fresh", Migrations.standard())) {
            H2EmbeddingStore freshStore = store(fresh);
            blocks.forEach(rows -> freshStore.addAll(ids(rows), embeddings(rows), segments(rows)));
            freshStore.removeAll(List.of(first.get(0).id(), first.get(5).id()));
            int kept = first.size() - 2;
            long block = bytesByBlock(reopened, "SELECT id, codes FROM embedding_block").keySet().stream()
                    .min(Long::compare).orElseThrow();
            assertThat(bytesByBlock(reopened, "SELECT id, codes FROM embedding_block").get(block))
                    .hasSize(kept * QuantizedRows.encodedWidth(DIMENSION));
            assertThat(bytesByBlock(reopened, "SELECT block_id, vectors FROM embedding_vector").get(block))
                    .hasSize(kept * DIMENSION * Float.BYTES);
            assertSameSearches(store(reopened), freshStore);
        }
    }

    /** Schema 11 with {@link #BLOCK_SIZES} blocks of random rows; returns each block's stored vector bytes. */
    Map<Long, byte[]> filledBySchema11(String name) {
        try (Database db = open(name, Migrations.upTo(11))) {
            int n = 0;
            for (int size : BLOCK_SIZES) {
                List<EmbeddingRow> rows = new ArrayList<>();
                for (int i = 0; i < size; i++, n++) {
                    rows.add(EmbeddingRow.of("row-" + n, randomVector(), TextSegment.from("Sentence " + n + ".",
                            new Metadata().put("sentence", n))));
                }
                blocks.add(rows);
                OldBlocks.add(db, rows, DIMENSION);
            }
            return bytesByBlock(db, "SELECT id, vectors FROM embedding_block");
        }
    }

    void assertSameSearches(H2EmbeddingStore actual, H2EmbeddingStore expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int q = 0; q < 5; q++) {
            EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                    .queryEmbedding(new Embedding(randomVector())).maxResults(20).build();
            List<EmbeddingMatch<TextSegment>> ours = actual.search(request).matches();
            List<EmbeddingMatch<TextSegment>> theirs = expected.search(request).matches();
            assertThat(ours).extracting(EmbeddingMatch::embeddingId)
                    .containsExactlyElementsOf(theirs.stream().map(EmbeddingMatch::embeddingId).toList());
            assertThat(ours).extracting(EmbeddingMatch::score)
                    .containsExactlyElementsOf(theirs.stream().map(EmbeddingMatch::score).toList());
            for (int i = 0; i < ours.size(); i++) {
                assertThat(ours.get(i).embedding().vector()).containsExactly(theirs.get(i).embedding().vector());
                assertThat(ours.get(i).embedded()).isEqualTo(theirs.get(i).embedded());
            }
        }
    }

    static H2EmbeddingStore store(Database db) {
        return H2EmbeddingStore.builder().database(db).dimension(DIMENSION).build();
    }

    static List<byte[]> codesInOrder(Database db) {
        return new ArrayList<>(new java.util.TreeMap<>(bytesByBlock(db, "SELECT id, codes FROM embedding_block"))
                .values());
    }

    static Map<Long, byte[]> bytesByBlock(Database db, String sql) {
        return db.read(c -> {
            Map<Long, byte[]> result = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getBytes(2));
                }
            }
            return result;
        });
    }

    static List<String> columns(Database db, String table) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            boolean upper = c.getMetaData().storesUpperCaseIdentifiers();
            try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(),
                    upper ? table.toUpperCase(java.util.Locale.ROOT) : table, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        });
    }

    private float[] randomVector() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian() * 2;
        }
        return v;
    }

    private static List<String> ids(List<EmbeddingRow> rows) {
        return rows.stream().map(EmbeddingRow::id).toList();
    }

    private static List<Embedding> embeddings(List<EmbeddingRow> rows) {
        return rows.stream().map(r -> new Embedding(r.vector())).toList();
    }

    private static List<TextSegment> segments(List<EmbeddingRow> rows) {
        return rows.stream().map(EmbeddingRow::segment).toList();
    }
}
