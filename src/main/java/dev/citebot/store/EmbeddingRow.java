package dev.citebot.store;

import dev.langchain4j.data.segment.TextSegment;

/**
 * One embedding on its way into the store, validated.
 *
 * @param vector    the vector as given (not normalised); not copied, so do not change it afterwards
 * @param segment   a private copy of the caller's segment, or null
 * @param articleId the segment's {@value H2EmbeddingStore#ARTICLE_ID}, or {@link #NO_ARTICLE}
 */
record EmbeddingRow(String id, float[] vector, TextSegment segment, long articleId) {
    static final long NO_ARTICLE = Long.MIN_VALUE;

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
