package dev.citebot.article;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotIn;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which articles a question is about: one article, or all of them; either way never one of {@code hidden} (the
 * private articles of other chats).
 */
public record Scope(OptionalLong articleId, Set<Long> hidden) {
    public static final Scope ALL = new Scope(OptionalLong.empty());

    public Scope {
        Objects.requireNonNull(articleId, "articleId");
        hidden = Set.copyOf(hidden);
    }

    /** One article or all, none hidden. */
    public Scope(OptionalLong articleId) {
        this(articleId, Set.of());
    }

    public static Scope article(long id) {
        return new Scope(OptionalLong.of(id));
    }

    /** This scope narrowed to one article, still hiding what it hides. */
    public Scope narrowTo(long id) {
        return new Scope(OptionalLong.of(id), hidden);
    }

    /** This scope, also hiding {@code more}. */
    public Scope hiding(Set<Long> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<Long> all = new java.util.HashSet<>(hidden);
        all.addAll(more);
        return new Scope(articleId, all);
    }

    public boolean admits(long article) {
        return !hidden.contains(article) && (articleId.isEmpty() || articleId.getAsLong() == article);
    }

    /** The embedding-store filter for this scope, or {@code null} for all articles with none hidden. */
    public Filter filter() {
        if (articleId.isPresent()) {
            return new IsEqualTo(Passages.ARTICLE_ID, hidden.contains(articleId.getAsLong()) ? -1L
                    : articleId.getAsLong());
        }
        return hidden.isEmpty() ? null : new IsNotIn(Passages.ARTICLE_ID, hidden);
    }
}
