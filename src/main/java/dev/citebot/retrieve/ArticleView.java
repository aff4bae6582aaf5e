package dev.citebot.retrieve;

import dev.citebot.ingest.Paragraph;
import dev.citebot.store.StoredArticle;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An article with what answering needs at hand: its paragraphs, its sentences in text order, a folded copy
 * for phrase search and the set of its words for "does it mention X at all".
 */
public record ArticleView(StoredArticle article, List<Paragraph> paragraphs, List<Passage> passages,
                          NormalizedText folded, Set<String> words) {

    public long id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    /** The paragraph that holds the character at {@code offset}. */
    public Optional<Paragraph> paragraphAt(int offset) {
        for (Paragraph p : paragraphs) {
            if (offset >= p.start() && offset < p.end()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Paragraph> paragraph(int number) {
        return number >= 1 && number <= paragraphs.size()
                ? Optional.of(paragraphs.get(number - 1)) : Optional.empty();
    }

    /** The sentences that overlap {@code [start, end)}, in order. */
    public List<Passage> overlapping(int start, int end) {
        return passages.stream().filter(p -> p.start() < end && p.end() > start).toList();
    }
}
