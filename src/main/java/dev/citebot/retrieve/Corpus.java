package dev.citebot.retrieve;

import dev.citebot.store.ArticleStore;
import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.PassageStore;
import dev.citebot.article.StoredArticle;
import dev.citebot.store.StoredRows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles and passages questions are answered from. Rebuilds its snapshot only when the embedding store's
 * version has moved since the last one (an ingest), so a question costs no database access beyond an article's
 * text and paragraphs, read the first time a question needs them.
 *
 * <p>A build reads the store's passage columns ({@link PassageTable}), then loads the article heads and the BM25
 * index ({@link SavedCorpus}) from {@link DerivedIndexStore} if they were saved for exactly these rows and articles;
 * otherwise it reads every article, builds the index and saves both. The index takes each passage as the span of
 * its article's text that it names, which is exactly the segment's text ({@code Passages.segment} writes it so); a
 * passage whose article is not stored, or whose span does not fit the text, is indexed by its own segment text.
 */
public final class Corpus {
    /** The name of the saved part of a snapshot. */
    static final String SAVED = "corpus";

    /** How often {@link #snapshot} asks the database whether another process changed it. */
    static final long CHECK_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);
    private final ArticleStore repository;
    private final PassageStore store;
    private final DerivedIndexStore derived;
    private final SavedCorpusPrefetch prefetch;
    private volatile CorpusSnapshot snapshot;
    private volatile long lastCheck;

    public Corpus(ArticleStore repository, PassageStore store, DerivedIndexStore derived) {
        this(repository, store, derived, SavedCorpusPrefetch.none());
    }

    /** A corpus whose first build takes the saved part from {@code prefetch} when it fits (see there). */
    public Corpus(ArticleStore repository, PassageStore store, DerivedIndexStore derived,
                  SavedCorpusPrefetch prefetch) {
        this.repository = repository;
        this.store = store;
        this.derived = derived;
        this.prefetch = prefetch;
        this.lastCheck = System.nanoTime() - CHECK_NANOS;
    }

    /**
     * The current snapshot. At most every {@value #CHECK_NANOS} ns it first asks the store whether another process
     * (the CLI's {@code ingest} while the bot runs) changed the embeddings, one cheap query, so that an article added
     * anywhere is answered within a second.
     */
    public CorpusSnapshot snapshot() {
        long now = System.nanoTime();
        if (now - lastCheck >= CHECK_NANOS) {
            lastCheck = now;
            store.reloadIfChangedElsewhere();
        }
        CorpusSnapshot current = snapshot;
        if (current != null && current.version() == store.version()) {
            return current;
        }
        synchronized (this) {
            if (snapshot == null || snapshot.version() != store.version()) {
                snapshot = build(store.rows());
            }
            return snapshot;
        }
    }

    private CorpusSnapshot build(StoredRows rows) {
        PassageTable passages = PassageTable.of(rows);
        ArticleTexts texts = new ArticleTexts(repository);
        String fingerprint = fingerprint(rows, passages, repository.extent());
        SavedCorpus saved = prefetch.take(fingerprint)
                .or(() -> derived.load(SAVED, fingerprint, SavedCorpus::load))
                .orElseGet(() -> rebuild(rows, passages, texts));
        List<ArticleHead> heads = saved.heads();
        int[][] byArticle = passagesByArticle(articleOf(passages, heads), heads.size());
        Map<Long, ArticleView> articles = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            ArticleHead head = heads.get(i);
            int[] own = byArticle[i];
            articles.put(head.id(), new ArticleView(head, () -> texts.text(head.id()),
                    () -> repository.paragraphs(head.id()), () -> list(passages, own)));
        }
        return new CorpusSnapshot(rows.version(), Collections.unmodifiableMap(articles), passages, saved.lexical(),
                texts);
    }

    /** Reads every article, builds the BM25 index and saves both under the fingerprint of what was read. */
    private SavedCorpus rebuild(StoredRows rows, PassageTable passages, ArticleTexts texts) {
        List<StoredArticle> stored = repository.all();
        texts.with(stored);
        List<ArticleHead> heads = stored.stream().map(ArticleHead::of).toList();
        LexicalIndex lexical = LexicalIndex.build(spans(rows, passages, stored, articleOf(passages, heads)));
        SavedCorpus built = new SavedCorpus(heads, lexical);
        derived.save(SAVED, fingerprint(rows, passages, ArticleStore.Extent.of(stored)), built.save());
        return built;
    }

    /**
     * What the saved part depends on: its format, which rows and passages are stored, which articles (ids are
     * never reused and articles never change, so their count and last id name them).
     */
    private static String fingerprint(StoredRows rows, PassageTable passages, ArticleStore.Extent articles) {
        return "v" + LexicalIndex.FORMAT + ":" + rows.size() + ":" + passages.size() + ":"
                + Long.toHexString(rows.fingerprint()) + ":" + articles.count() + ":" + articles.lastId();
    }

    /** Each passage's article as a position in {@code heads}, or -1 if it is not stored. */
    private static int[] articleOf(PassageTable passages, List<ArticleHead> heads) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            index.put(heads.get(i).id(), i);
        }
        int[] articleOf = new int[passages.size()];
        int position = -1;
        for (int p = 0; p < articleOf.length; p++) {
            if (p == 0 || passages.articleId(p) != passages.articleId(p - 1)) {
                position = index.getOrDefault(passages.articleId(p), -1);
            }
            articleOf[p] = position;
        }
        return articleOf;
    }

    private static LexicalIndex.Spans spans(StoredRows rows, PassageTable passages, List<StoredArticle> stored,
                                            int[] articleOf) {
        int n = passages.size();
        int[] text = new int[n];
        int[] start = new int[n];
        int[] end = new int[n];
        String[] own = new String[n];
        for (int p = 0; p < n; p++) {
            int i = articleOf[p];
            boolean fits = i >= 0 && passages.start(p) >= 0 && passages.start(p) <= passages.end(p)
                    && passages.end(p) <= stored.get(i).text().length();
            text[p] = fits ? i : -1;
            start[p] = passages.start(p);
            end[p] = passages.end(p);
            own[p] = fits ? null : rows.segment(passages.row(p)).text();
        }
        return new LexicalIndex.Spans(stored.stream().map(StoredArticle::text).toList(), text, start, end, own);
    }

    /** Each stored article's passages (by position in the stored list), in passage order. */
    private static int[][] passagesByArticle(int[] articleOf, int articles) {
        int[] counts = new int[articles];
        for (int a : articleOf) {
            if (a >= 0) {
                counts[a]++;
            }
        }
        int[][] out = new int[articles][];
        for (int i = 0; i < articles; i++) {
            out[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int p = 0; p < articleOf.length; p++) {
            if (articleOf[p] >= 0) {
                out[articleOf[p]][counts[articleOf[p]]++] = p;
            }
        }
        return out;
    }

    /** The passages in text order: by start, then in passage order. */
    private static List<Passage> list(PassageTable passages, int[] own) {
        long[] keyed = new long[own.length];
        for (int i = 0; i < own.length; i++) {
            keyed[i] = ((long) passages.start(own[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        List<Passage> out = new ArrayList<>(own.length);
        for (long k : keyed) {
            out.add(passages.passage(own[(int) k]));
        }
        return List.copyOf(out);
    }
}
