package dev.citebot.retrieve;

import dev.citebot.ingest.Paragraph;
import dev.citebot.store.StoredArticle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An article with what answering needs at hand: its paragraphs, its sentences in text order, a folded copy for
 * phrase search and the set of its words for "does it mention X at all". All but the article itself are made
 * on first use and then kept, so that a corpus of many articles costs little until a question needs one of them.
 */
public final class ArticleView {
    private final StoredArticle article;
    private final Lazy<List<Paragraph>> paragraphs;
    private final Lazy<List<Passage>> passages;
    private final Lazy<NormalizedText> folded;
    private final Lazy<Set<String>> words;

    /**
     * @param paragraphs supplies the paragraphs ordered by number (called at most once)
     * @param passages   supplies the sentences in text order (called at most once)
     */
    public ArticleView(StoredArticle article, Supplier<List<Paragraph>> paragraphs, Supplier<List<Passage>> passages) {
        this.article = article;
        this.paragraphs = new Lazy<>(paragraphs);
        this.passages = new Lazy<>(passages);
        this.folded = new Lazy<>(() -> NormalizedText.of(article.text()));
        this.words = new Lazy<>(() -> Set.copyOf(Tokenizer.words(article.text())));
    }

    /** A view of paragraphs and passages already at hand. */
    public static ArticleView of(StoredArticle article, List<Paragraph> paragraphs, List<Passage> passages) {
        List<Paragraph> p = List.copyOf(paragraphs);
        List<Passage> s = List.copyOf(passages);
        return new ArticleView(article, () -> p, () -> s);
    }

    public StoredArticle article() {
        return article;
    }

    public long id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    public List<Paragraph> paragraphs() {
        return paragraphs.get();
    }

    /** The sentences of the article that are stored as passages, in text order. */
    public List<Passage> passages() {
        return passages.get();
    }

    public NormalizedText folded() {
        return folded.get();
    }

    /** The article's words, lower-case, as {@link Tokenizer#words} gives them. */
    public Set<String> words() {
        return words.get();
    }

    /** The paragraph that holds the character at {@code offset}. */
    public Optional<Paragraph> paragraphAt(int offset) {
        for (Paragraph p : paragraphs()) {
            if (offset >= p.start() && offset < p.end()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Optional<Paragraph> paragraph(int number) {
        List<Paragraph> all = paragraphs();
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    /** The sentences that overlap {@code [start, end)}, in order. */
    public List<Passage> overlapping(int start, int end) {
        return passages().stream().filter(p -> p.start() < end && p.end() > start).toList();
    }
}
