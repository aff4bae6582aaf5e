package dev.citebot.store.h2;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One embedding on its way into the store, validated.
 *
 * @param vector    the vector as given (not normalised); not copied, so do not change it afterwards
 * @param segment   a private copy of the caller's segment, or null
 * @param articleId the segment's {@value H2EmbeddingStore#ARTICLE_ID}, or {@link #NO_ARTICLE}
 */
record EmbeddingRow(String id, float[] vector, TextSegment segment, long articleId) {
    static final long NO_ARTICLE = Long.MIN_VALUE;
    private static final int MAX_ID_LENGTH = 64;

    /**
     * Validates one {@code addAll} call and copies what the caller could still change.
     *
     * @param segments null, or one segment (or null) per embedding
     * @throws IllegalArgumentException on mismatched sizes, blank, duplicate or over-long ids, embeddings that are
     *                                  null, of another dimension or not finite, or a malformed article id
     */
    static List<EmbeddingRow> batch(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments,
                                    int dimension) {
        if (ids == null || embeddings == null) {
            throw new IllegalArgumentException("ids and embeddings cannot be null");
        }
        if (ids.size() != embeddings.size() || (segments != null && segments.size() != ids.size())) {
            throw new IllegalArgumentException("got " + ids.size() + " ids, " + embeddings.size() + " embeddings and "
                    + (segments == null ? "no" : segments.size()) + " segments; the sizes must match");
        }
        Set<String> seen = new HashSet<>();
        List<EmbeddingRow> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = checkedId(ids.get(i), seen);
            rows.add(of(id, checkedVector(id, embeddings.get(i), dimension), segments == null ? null : segments.get(i)));
        }
        return rows;
    }

    static EmbeddingRow of(String id, float[] vector, TextSegment segment) {
        TextSegment copy = segment == null ? null : TextSegment.from(segment.text(), segment.metadata().copy());
        return new EmbeddingRow(id, vector, copy, articleIdOf(copy));
    }

    /**
     * The positive whole number under {@value H2EmbeddingStore#ARTICLE_ID} (an Integer, a Long or a String of
     * digits), or {@link #NO_ARTICLE} when the key is absent.
     */
    static long articleIdOf(TextSegment segment) {
        if (segment == null || !segment.metadata().containsKey(H2EmbeddingStore.ARTICLE_ID)) {
            return NO_ARTICLE;
        }
        Object value = segment.metadata().toMap().get(H2EmbeddingStore.ARTICLE_ID);
        long id = value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : parse(value);
        if (id < 1) {
            throw badArticleId(value);
        }
        return id;
    }

    private static String checkedId(String id, Set<String> seen) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("an embedding id must be 1 to " + MAX_ID_LENGTH
                    + " characters and not blank: '" + id + "'");
        }
        if (!seen.add(id)) {
            throw new IllegalArgumentException("embedding id '" + id + "' appears twice");
        }
        return id;
    }

    private static float[] checkedVector(String id, Embedding embedding, int dimension) {
        if (embedding == null) {
            throw new IllegalArgumentException("embedding '" + id + "' is null");
        }
        if (embedding.dimension() != dimension) {
            throw new IllegalArgumentException("embedding '" + id + "' has " + embedding.dimension()
                    + " dimensions but this store holds " + dimension + "-dimensional embeddings");
        }
        float[] vector = embedding.vector().clone();
        if (!VectorMath.isFinite(vector)) {
            throw new IllegalArgumentException("embedding '" + id + "' contains NaN or infinite values");
        }
        return vector;
    }

    private static long parse(Object value) {
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw badArticleId(value);
            }
        }
        throw badArticleId(value);
    }

    private static IllegalArgumentException badArticleId(Object value) {
        return new IllegalArgumentException("metadata " + H2EmbeddingStore.ARTICLE_ID + " must be a positive whole "
                + "number (Integer, Long or String), got " + value.getClass().getSimpleName() + " '" + value + "'");
    }
}
