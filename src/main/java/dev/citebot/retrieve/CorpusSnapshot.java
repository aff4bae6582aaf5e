package dev.citebot.retrieve;

import dev.citebot.article.Scope;
import dev.citebot.text.Mentions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything retrieval reads, frozen at one version of the store. Immutable (articles fill in their lazy parts
 * safely), so concurrent questions share it without locks; a new version builds a new snapshot.
 */
public final class CorpusSnapshot {
    /** Passages looked at to tell whether a word is written as a name. */
    static final int NAME_SAMPLE = 16;

    private final long version;
    private final Map<Long, ArticleView> articles;
    private final PassageTable passages;
    private final LexicalIndex lexical;
    private final ArticleTexts texts;

    /**
     * @param lexical indexes {@code passages}: document {@code p} is passage {@code p}
     * @param texts   the texts behind {@code articles}
     */
    CorpusSnapshot(long version, Map<Long, ArticleView> articles, PassageTable passages, LexicalIndex lexical,
                   ArticleTexts texts) {
        this.version = version;
        this.articles = articles;
        this.passages = passages;
        this.lexical = lexical;
        this.texts = texts;
    }

    public long version() {
        return version;
    }

    /** Every article by id, in id order. */
    public Map<Long, ArticleView> articles() {
        return articles;
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public int passageCount() {
        return passages.size();
    }

    /** Passage {@code p} (document {@code p} of {@link #lexical()}). */
    public Passage passage(int p) {
        return passages.passage(p);
    }

    public long passageArticle(int p) {
        return passages.articleId(p);
    }

    public Optional<ArticleView> article(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The text of a piece of evidence: its sentence (or the span it was widened to) as its article writes it. */
    public String text(Evidence e) {
        return article(e.articleId()).orElseThrow().text().substring(e.start(), e.end());
    }

    public Collection<ArticleView> articlesIn(Scope scope) {
        if (scope.articleId().isPresent()) {
            return article(scope.articleId().getAsLong()).filter(a -> scope.admits(a.id())).stream().toList();
        }
        return scope.hidden().isEmpty() ? articles.values()
                : articles.values().stream().filter(a -> scope.admits(a.id())).toList();
    }

    /** Reads the texts of these articles that are not read yet, in one query (before using several of them). */
    public void readTexts(Collection<Long> articleIds) {
        texts.read(articleIds);
    }

    /**
     * The articles in scope that have, for each of {@code terms} (stems, as {@link #lexical()} holds them), a passage
     * holding it, in id order: the only articles whose passages can hold a phrase with those words. Their texts are
     * not read here ({@link #readTexts}).
     */
    public List<ArticleView> articlesWithTerms(List<String> terms, Scope scope) {
        Set<Long> ids = null;
        for (String term : terms) {
            Set<Long> holding = lexical.documents(term).mapToLong(passages::articleId).boxed()
                    .filter(scope::admits).collect(Collectors.toSet());
            if (ids == null) {
                ids = holding;
            } else {
                ids.retainAll(holding);
            }
        }
        return ids == null ? List.of() : ids.stream().sorted().map(articles::get).filter(Objects::nonNull).toList();
    }

    /** Like {@link #articlesIn}, with every text read first, in one query when that is all of them. */
    public Collection<ArticleView> articlesWithTexts(Scope scope) {
        if (scope.articleId().isEmpty()) {
            texts.readAll();
        }
        return articlesIn(scope);
    }

    /** True when some article in scope mentions {@code name}, as {@link Mentions#mentioned} decides. */
    public boolean mentions(Scope scope, String name) {
        if (scope.articleId().isEmpty() && scope.hidden().isEmpty()) {
            return Mentions.mentioned(name, lexical::hasWord, lexical::hasWordWithoutAccents);
        }
        for (ArticleView a : articlesIn(scope)) {
            if (a.mentions(name)) {
                return true;
            }
        }
        return false;
    }

    /** The articles in scope with a passage that holds the search term {@code term} (a stem, as the index keeps it). */
    public Set<Long> articlesHolding(Scope scope, String term) {
        return lexical.documents(term).mapToObj(passages::articleId).filter(scope::admits)
                .collect(Collectors.toSet());
    }

    /** True when some article in scope holds {@code word} exactly (lower-case), not only a form of it. */
    public boolean holdsWord(Scope scope, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (scope.articleId().isEmpty() && scope.hidden().isEmpty()) {
            return lexical.hasWord(lower);
        }
        return articlesIn(scope).stream().anyMatch(a -> a.words().contains(lower));
    }

    /**
     * Whether the articles in scope write {@code word} as a name: capitalised wherever it stands inside a sentence
     * (not first, not after a colon), in the first {@value #NAME_SAMPLE} passages that hold its stem, and at least
     * once there. Reads those passages' texts.
     */
    public boolean writtenAsName(Scope scope, String word) {
        String stem = new Stemmer().stem(word.toLowerCase(Locale.ROOT));
        int[] holding = lexical.documents(stem).filter(p -> scope.admits(passages.articleId(p))).limit(NAME_SAMPLE)
                .toArray();
        readTexts(Arrays.stream(holding).mapToObj(passages::articleId).collect(Collectors.toSet()));
        Pattern written = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int capitalised = 0;
        for (int p : holding) {
            Passage passage = passage(p);
            String text = articles.get(passage.articleId()).text().substring(passage.start(), passage.end());
            Matcher m = written.matcher(text);
            while (m.find()) {
                if (insideSentence(text, m.start())) {
                    if (!Character.isUpperCase(text.charAt(m.start()))) {
                        return false;
                    }
                    capitalised++;
                }
            }
        }
        return capitalised > 0;
    }

    /** Whether {@code at} is past a sentence's first word and not just after a colon, where any word is capitalised. */
    private static boolean insideSentence(String sentence, int at) {
        String before = sentence.substring(0, at).stripTrailing();
        return !before.isEmpty() && !before.endsWith(":");
    }
}
