package dev.citebot.article;

import java.util.Objects;

/**
 * An article as read from a file, before it is split or stored.
 *
 * @param title  the article title (for plain text, the first non-empty line)
 * @param text   the full article text exactly as read; every stored offset indexes into it
 * @param source where it came from (the path as the user gave it, or a resource name)
 */
public record ParsedArticle(String title, String text, String source) {
    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
