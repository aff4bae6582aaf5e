package dev.citebot.attribute;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.StoredArticle;
import dev.citebot.ingest.ArticleIndexer;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.AttributionRow;
import dev.citebot.store.AttributionStore;
import dev.citebot.store.StoredAttribution;
import dev.citebot.store.Transaction;
import dev.citebot.store.Transactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution index: who says what in every stored article, kept in an {@link AttributionStore}. It is built
 * inside the transaction that stores an article ({@link #index}, as the ingestor's {@link ArticleIndexer}), and for
 * articles stored before it existed by {@link #buildMissing()} on start, from their stored text alone (nothing is
 * re-embedded).
 * <p>
 * Stored articles never change, so each article's attributions are read from the store once and kept in memory
 * once its index is committed, without their contents: {@link IndexedAttribution#content()} reads the article's text
 * when asked. Thread-safe.
 */
public final class AttributionIndex implements ArticleIndexer {
    private final AttributionStore store;
    private final ArticleStore articles;
    private final Transactions transactions;
    private final AttributionExtractor extractor;
    private final ArticleSplitter splitter;
    /** Up to this many articles missing from memory are read one query each; more, all in one read if most. */
    private static final int ONE_BY_ONE = 16;

    private final Map<Long, SpeakerDirectory> cache = new ConcurrentHashMap<>();
    /** Held while all attributions are read at once, so that a question waits for a read under way. */
    private final Object bulkRead = new Object();
    /** Where the contents of the held attributions are read from when asked for: they are not held. */
    private final IndexedAttribution.ArticleTexts texts;

    /**
     * @param store        where the attributions are kept
     * @param articles     the stored articles, whose texts {@link #buildMissing()} reads, and the held attributions'
     *                     contents are cut from
     * @param transactions the transactions of both stores
     */
    public AttributionIndex(AttributionStore store, ArticleStore articles, Transactions transactions,
                            AttributionExtractor extractor, ArticleSplitter splitter) {
        this.store = store;
        this.articles = articles;
        this.transactions = transactions;
        this.extractor = extractor;
        this.splitter = splitter;
        this.texts = id -> Optional.ofNullable(articles.texts(List.of(id)).get(id));
    }

    /** Extracts and stores the attributions of an article being stored in {@code tx}. */
    @Override
    public void index(Transaction tx, long articleId, String text, ArticleStructure structure) {
        List<Attribution> found = extractor.extract(text, structure.sentences());
        List<AttributionRow> rows = new ArrayList<>(found.size());
        for (Attribution a : found) {
            rows.add(row(paragraphOf(structure.paragraphs(), a.contentStart()), a));
        }
        store.insert(tx, articleId, rows, AttributionExtractor.VERSION);
    }

    /**
     * Builds the index of every stored article that has none yet (stored before the index existed) or one built
     * by an older extractor ({@link AttributionExtractor#VERSION}), one transaction per article, from the stored
     * text (nothing is re-embedded). Returns how many articles were indexed.
     */
    public int buildMissing() {
        if (store.allIndexedSince(AttributionExtractor.VERSION)) {
            return 0;
        }
        List<Long> stale = store.articlesNotIndexedSince(AttributionExtractor.VERSION);
        for (long id : stale) {
            Optional<StoredArticle> stored = articles.find(id);
            if (stored.isEmpty()) {
                continue;
            }
            ParsedArticle article = new ParsedArticle(stored.get().title(), stored.get().text(), stored.get().source());
            transactions.inTransaction(tx -> {
                store.delete(tx, id);
                index(tx, id, article.text(), splitter.split(article));
                return null;
            });
            cache.remove(id);
        }
        return stale.size();
    }

    /** All attributions of one article, or of every article, in article and text order. */
    public List<IndexedAttribution> attributions(OptionalLong article) {
        List<IndexedAttribution> all = new ArrayList<>();
        for (SpeakerDirectory one : directories(article)) {
            all.addAll(one.rows());
        }
        return all;
    }

    /** The attributions of one article in text order (cached once the article is indexed). */
    public List<IndexedAttribution> of(long articleId) {
        return directory(articleId).rows();
    }

    /**
     * The same attributions with their contents at hand, each article's text read once: for listing many
     * attributions, whose contents would otherwise be read one article text each. An attribution of an article no
     * longer stored gets an empty content.
     */
    public List<IndexedAttribution> withContents(List<IndexedAttribution> rows) {
        Map<Long, String> texts = articles.texts(rows.stream().map(IndexedAttribution::articleId).distinct().toList());
        List<IndexedAttribution> out = new ArrayList<>(rows.size());
        for (IndexedAttribution a : rows) {
            out.add(a.withContentFrom(texts.get(a.articleId())));
        }
        return out;
    }

    /**
     * The attributions of the speaker someone names ("Peskov", "Dmitry Peskov", "the Kremlin spokesman", "the
     * FT", and only when none of these finds anyone "Mr. Ban" for "Ban Ki-moon"), ranked by {@link SpeakerMatches}.
     */
    public List<IndexedAttribution> quotesBy(String name, OptionalLong article) {
        return SpeakerMatches.rank(name, directories(article));
    }

    /**
     * Reads the attributions of every indexed article not yet held in memory, as the first question about a speaker
     * in all articles does otherwise: all in one read when more than a few are missing and they are most of the
     * articles (at 100,000 passages 1.9 s in a fresh process, against 2.3 s one article at a time), else one article
     * at a time; a question that needs them while such a read is under way waits for it instead of reading them
     * again. Returns how many articles were missing.
     */
    public int loadAll() {
        List<Long> ids = store.indexedArticles();
        return loadMissing(ids);
    }

    /** How many articles' attributions are held in memory. */
    int held() {
        return cache.size();
    }

    private List<SpeakerDirectory> directories(OptionalLong article) {
        if (article.isPresent()) {
            return List.of(directory(article.getAsLong()));
        }
        List<Long> ids = store.indexedArticles();
        loadMissing(ids);
        List<SpeakerDirectory> all = new ArrayList<>(ids.size());
        for (long id : ids) {
            all.add(directory(id));
        }
        return all;
    }

    private int loadMissing(List<Long> ids) {
        if (readAtOnce(missing(ids), ids)) {
            synchronized (bulkRead) {
                List<Long> missing = missing(ids);
                if (readAtOnce(missing, ids)) {
                    readAtOnce(missing);
                    return missing.size();
                }
            }
        }
        List<Long> missing = missing(ids);
        missing.forEach(this::directory);
        return missing.size();
    }

    /**
     * Whether to read every article rather than the missing ones one by one: when more than a few are missing and
     * they are most of all (after a start), not when a few dozen were added to thousands held.
     */
    private static boolean readAtOnce(List<Long> missing, List<Long> ids) {
        return missing.size() > ONE_BY_ONE && missing.size() * 2 > ids.size();
    }

    private List<Long> missing(List<Long> ids) {
        return ids.stream().filter(id -> !cache.containsKey(id)).toList();
    }

    private void readAtOnce(List<Long> missing) {
        Set<Long> wanted = new HashSet<>(missing);
        SharedNames shared = new SharedNames();
        store.forEachIndexed((id, rows) -> {
            if (wanted.contains(id)) {
                cache.putIfAbsent(id, SpeakerDirectory.of(indexed(rows, shared, texts), shared));
            }
        });
    }

    private SpeakerDirectory directory(long articleId) {
        SpeakerDirectory cached = cache.get(articleId);
        if (cached != null) {
            return cached;
        }
        boolean indexed = store.isIndexed(articleId);
        SpeakerDirectory rows = SpeakerDirectory.of(indexed(store.of(articleId), new SharedNames(), texts));
        if (indexed) {
            cache.put(articleId, rows);
        }
        return rows;
    }

    /**
     * Who is quoted, most attributions first (ties by name): one row per canonical name, letter case and a
     * leading article aside ("The Sunday Times" and "the Sunday Times" are one), named as first written.
     */
    public List<SpeakerCount> speakers(OptionalLong article) {
        return speakers(article, Set.of());
    }

    /** Like {@link #speakers(OptionalLong)}, leaving out the attributions of the {@code hidden} articles. */
    public List<SpeakerCount> speakers(OptionalLong article, Set<Long> hidden) {
        Map<String, SpeakerCount> byName = new LinkedHashMap<>();
        for (SpeakerDirectory directory : directories(article)) {
            List<IndexedAttribution> rows = directory.rows();
            if (rows.isEmpty() || hidden.contains(rows.get(0).articleId())) {
                continue;
            }
            List<SpeakerKey> keys = directory.keys();
            for (int i = 0; i < rows.size(); i++) {
                Speaker s = rows.get(i).speaker();
                byName.merge(keys.get(i).name(), new SpeakerCount(s.name(), s.role(), 1), (x, y) ->
                        new SpeakerCount(x.name(), x.role() != null ? x.role() : y.role(), x.attributions() + 1));
            }
        }
        return byName.values().stream().sorted(Comparator.comparingInt((SpeakerCount c) -> -c.attributions())
                .thenComparing(SpeakerCount::name)).toList();
    }

    /**
     * The attribution a stretch of an article belongs to: the one whose content overlaps it most, else one whose
     * cue lies inside it. Empty for the reporter's narration.
     */
    public Optional<IndexedAttribution> at(long articleId, int start, int end) {
        return Optional.ofNullable(directory(articleId).at(start, end));
    }

    private static AttributionRow row(int paragraph, Attribution a) {
        Speaker s = a.speaker();
        return new AttributionRow(paragraph, s.name(), s.mention(), s.start(), s.end(), s.role(), a.cue(),
                a.cueStart(), a.cueEnd(), a.contentStart(), a.contentEnd(), a.kind().label());
    }

    /** 1-based number of the paragraph holding {@code offset}; the last one starting at or before it. */
    private static int paragraphOf(List<Paragraph> paragraphs, int offset) {
        int number = 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).start() <= offset) {
                number = i + 1;
            }
        }
        return number;
    }

    private static List<IndexedAttribution> indexed(List<StoredAttribution> stored, SharedNames shared,
                                                    IndexedAttribution.ArticleTexts texts) {
        List<IndexedAttribution> out = new ArrayList<>(stored.size());
        for (StoredAttribution a : stored) {
            out.add(indexed(a, shared, texts));
        }
        return out;
    }

    /**
     * The attribution as held in memory, its names and cue {@linkplain SharedNames shared} with the read's others,
     * its content read from {@code texts} when asked for.
     */
    private static IndexedAttribution indexed(StoredAttribution stored, SharedNames shared,
                                              IndexedAttribution.ArticleTexts texts) {
        AttributionRow r = stored.row();
        Speaker speaker = new Speaker(shared.string(r.speaker()), shared.string(r.speakerMention()),
                shared.string(r.role()), r.speakerStart(), r.speakerEnd());
        Attribution a = new Attribution(speaker, shared.string(r.cue()), r.cueStart(), r.cueEnd(), r.contentStart(),
                r.contentEnd(), Attribution.Kind.valueOf(r.kind().toUpperCase(Locale.ROOT)));
        return IndexedAttribution.readOnDemand(stored.articleId(), stored.source(), r.paragraph(), a, stored.content(),
                texts);
    }
}
