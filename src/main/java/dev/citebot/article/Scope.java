package dev.citebot.article;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;

import java.util.OptionalLong;

/** Which articles a question is about: one article, or all of them. */
public record Scope(OptionalLong articleId) {
    public static final Scope ALL = new Scope(OptionalLong.empty());

    public static Scope article(long id) {
        return new Scope(OptionalLong.of(id));
    }

    public boolean admits(long article) {
        return articleId.isEmpty() || articleId.getAsLong() == article;
    }

    /** The embedding-store filter for this scope, or {@code null} for all articles. */
    public Filter filter() {
        return articleId.isPresent() ? new IsEqualTo(Passages.ARTICLE_ID, articleId.getAsLong()) : null;
    }
}
