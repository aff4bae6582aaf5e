package dev.citebot.retrieve;

import dev.citebot.article.Paragraph;
import dev.citebot.article.StoredArticle;
import dev.citebot.text.FoldedText;
import dev.citebot.text.Folding.LetterCase;
import dev.citebot.text.Folding;
import dev.citebot.text.Mentions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An article with what answering needs at hand: its title and source, its text, its paragraphs, its sentences in
 * text order, a folded copy for phrase search and the set of its words for "does it mention X at all". All but the
 * title and source are read or made on first use and then kept, so that a corpus of many articles costs little
 * until a question needs one of them.
 */
public final class ArticleView {
    private final ArticleHead head;
    private final Lazy<String> text;
    private final Lazy<List<Paragraph>> paragraphs;
    private final Lazy<List<Passage>> passages;
    private final Lazy<FoldedText> folded;
    private final Lazy<Set<String>> words;
    private final Lazy<Set<String>> accentedWords;

    /**
     * @param text       supplies the article's text (called at most once)
     * @param paragraphs supplies the paragraphs ordered by number (called at most once)
     * @param passages   supplies the sentences in text order (called at most once)
     */
    ArticleView(ArticleHead head, Supplier<String> text, Supplier<List<Paragraph>> paragraphs,
                Supplier<List<Passage>> passages) {
        this.head = head;
        this.text = new Lazy<>(text);
        this.paragraphs = new Lazy<>(paragraphs);
        this.passages = new Lazy<>(passages);
        this.folded = new Lazy<>(() -> FoldedText.of(text(), LetterCase.IGNORED));
        this.words = new Lazy<>(() -> Set.copyOf(SearchTerms.words(text())));
        this.accentedWords = new Lazy<>(() -> words().stream().map(Folding::withoutAccents)
                .filter(plain -> !words().contains(plain)).collect(Collectors.toUnmodifiableSet()));
    }

    /** A view of an article, its paragraphs and its passages already at hand. */
    public static ArticleView of(StoredArticle article, List<Paragraph> paragraphs, List<Passage> passages) {
        List<Paragraph> p = List.copyOf(paragraphs);
        List<Passage> s = List.copyOf(passages);
        return new ArticleView(ArticleHead.of(article), article::text, () -> p, () -> s);
    }

    public long id() {
        return head.id();
    }

    public String title() {
        return head.title();
    }

    public String source() {
        return head.source();
    }

    public String text() {
        return text.get();
    }

    public List<Paragraph> paragraphs() {
        return paragraphs.get();
    }

    /** The sentences of the article that are stored as passages, in text order. */
    public List<Passage> passages() {
        return passages.get();
    }

    public FoldedText folded() {
        return folded.get();
    }

    /** The article's words, lower-case, as {@link SearchTerms#words} gives them. */
    public Set<String> words() {
        return words.get();
    }

    /** Whether the article mentions {@code name}, as {@link Mentions#mentioned} decides. */
    public boolean mentions(String name) {
        return Mentions.mentioned(name, words()::contains, accentedWords.get()::contains);
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
