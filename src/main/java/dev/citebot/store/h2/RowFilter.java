package dev.citebot.store.h2;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsNotIn;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A LangChain4j {@link Filter} compiled for scanning rows. {@code IsEqualTo} and {@code IsIn} on
 * {@value H2EmbeddingStore#ARTICLE_ID} with whole-number values compare the row's article id directly, without
 * touching metadata; any other filter is evaluated with {@link Filter#test} on the row's metadata (empty
 * metadata for an embedding stored without a segment), which is decoded for every row it looks at.
 */
interface RowFilter {
    RowFilter ALL = (rows, row) -> true;

    boolean accepts(VectorIndex rows, int row);

    static RowFilter of(Filter filter) {
        if (filter == null) {
            return ALL;
        }
        long[] articleIds = articleIds(filter);
        if (articleIds != null) {
            return new ArticleIds(articleIds);
        }
        long[] excluded = filter instanceof IsNotIn out && H2EmbeddingStore.ARTICLE_ID.equals(out.key())
                ? wholeNumbers(out.comparisonValues()) : null;
        return excluded != null ? new NotArticleIds(excluded) : new ByMetadata(filter);
    }

    /** The article ids {@code filter} selects if it is a fast-path filter, else null. */
    private static long[] articleIds(Filter filter) {
        if (filter instanceof IsEqualTo eq && H2EmbeddingStore.ARTICLE_ID.equals(eq.key())) {
            return wholeNumbers(List.of(eq.comparisonValue()));
        }
        if (filter instanceof IsIn in && H2EmbeddingStore.ARTICLE_ID.equals(in.key())) {
            return wholeNumbers(in.comparisonValues());
        }
        return null;
    }

    private static long[] wholeNumbers(Collection<?> values) {
        long[] ids = new long[values.size()];
        int i = 0;
        for (Object v : values) {
            boolean whole = v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
            if (!whole || ((Number) v).longValue() == EmbeddingRow.NO_ARTICLE) {
                return null;
            }
            ids[i++] = ((Number) v).longValue();
        }
        Arrays.sort(ids);
        return ids;
    }

    /** Rows whose article id is one of a sorted set. */
    final class ArticleIds implements RowFilter {
        private final long[] sorted;

        ArticleIds(long[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public boolean accepts(VectorIndex rows, int row) {
            long articleId = rows.articleId(row);
            return sorted.length == 1 ? sorted[0] == articleId : Arrays.binarySearch(sorted, articleId) >= 0;
        }
    }

    /** Rows whose article id is none of a sorted set (rows without an article id included). */
    final class NotArticleIds implements RowFilter {
        private final long[] sorted;

        NotArticleIds(long[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public boolean accepts(VectorIndex rows, int row) {
            return Arrays.binarySearch(sorted, rows.articleId(row)) < 0;
        }
    }

    /** Rows whose metadata passes a LangChain4j filter. */
    final class ByMetadata implements RowFilter {
        private final Filter filter;

        ByMetadata(Filter filter) {
            this.filter = filter;
        }

        @Override
        public boolean accepts(VectorIndex rows, int row) {
            return filter.test(rows.metadata(row));
        }
    }
}
