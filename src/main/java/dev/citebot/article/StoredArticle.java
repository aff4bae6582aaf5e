package dev.citebot.article;

import java.time.Instant;

/** An article as stored; paragraph offsets ({@code ArticleStore.paragraphs}) index into {@code text}. */
public record StoredArticle(long id, String title, String source, String sha256, String text, Instant ingestedAt) {
}
