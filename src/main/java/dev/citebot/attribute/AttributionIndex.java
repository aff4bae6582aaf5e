package dev.citebot.attribute;

import dev.citebot.ingest.ArticleIndexer;
import dev.citebot.ingest.ArticleSplitter;
import dev.citebot.article.ArticleStructure;
import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.store.Database;
import dev.citebot.store.StoreException;
import dev.citebot.store.Transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution index: who says what in every stored article, in H2 tables {@code attribution} and
 * {@code attribution_indexed}. It is built inside the transaction that stores an article ({@link #index}, as
 * the ingestor's {@link ArticleIndexer}), and for articles stored before it existed by {@link #buildMissing()}
 * on start, from their stored text alone (nothing is re-embedded).
 * <p>
 * Stored articles never change, so each article's attributions are read from H2 once and kept in memory once
 * its index is committed. Thread-safe.
 */
public final class AttributionIndex implements ArticleIndexer {
    /** Contents of fewer words are ranked last by {@link #quotesBy}. */
    private static final int SHORT_CONTENT_WORDS = 4;

    private static final String SELECT = "SELECT a.article_id, ar.source, a.paragraph, a.speaker, a.speaker_mention,"
            + " a.speaker_start, a.speaker_end, a.role, a.cue, a.cue_start, a.cue_end, a.content_start,"
            + " a.content_end, a.kind, SUBSTRING(ar.text, a.content_start + 1, a.content_end - a.content_start)"
            + " FROM attribution a JOIN article ar ON ar.id = a.article_id";

    private final Database database;
    private final AttributionExtractor extractor;
    private final ArticleSplitter splitter;
    private final Map<Long, List<IndexedAttribution>> cache = new ConcurrentHashMap<>();

    public AttributionIndex(Database database, AttributionExtractor extractor, ArticleSplitter splitter) {
        this.database = database;
        this.extractor = extractor;
        this.splitter = splitter;
    }

    /** Extracts and stores the attributions of an article being stored in {@code tx}. */
    @Override
    public void index(Transaction tx, long articleId, String text, ArticleStructure structure) {
        List<Attribution> found = extractor.extract(text, structure.sentences());
        try {
            insert(tx.connection(), articleId, found, structure.paragraphs());
        } catch (SQLException e) {
            throw new StoreException("cannot store the attributions of article " + articleId, e);
        }
    }

    /**
     * Builds the index of every stored article that has none yet (stored before the index existed) or one built
     * by an older extractor ({@link AttributionExtractor#VERSION}), one transaction per article, from the stored
     * text (nothing is re-embedded). Returns how many articles were indexed.
     */
    public int buildMissing() {
        if (database.read(AttributionIndex::everyArticleCurrent)) {
            return 0;
        }
        List<Long> stale = database.read(c -> ids(c, "SELECT id FROM article WHERE id NOT IN"
                + " (SELECT article_id FROM attribution_indexed WHERE extractor_version >= "
                + AttributionExtractor.VERSION + ") ORDER BY id"));
        for (long id : stale) {
            database.inTransaction(tx -> {
                delete(tx.connection(), id);
                ParsedArticle article = stored(tx.connection(), id);
                index(tx, id, article.text(), splitter.split(article));
                return null;
            });
            cache.remove(id);
        }
        return stale.size();
    }

    /**
     * Whether every article has an index built by this extractor, from two counts: an index row names an existing
     * article (its key references it and is deleted with it), so equal counts mean none is missing. This keeps
     * the check on every start from reading every article row.
     */
    private static boolean everyArticleCurrent(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM article") == count(c, "SELECT COUNT(*) FROM attribution_indexed"
                + " WHERE extractor_version >= " + AttributionExtractor.VERSION);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void delete(Connection c, long articleId) throws SQLException {
        for (String table : List.of("attribution", "attribution_indexed")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    /** All attributions of one article, or of every article, in article and text order. */
    public List<IndexedAttribution> attributions(OptionalLong article) {
        if (article.isPresent()) {
            return of(article.getAsLong());
        }
        return database.read(c -> query(c, SELECT + " ORDER BY a.article_id, a.seq", OptionalLong.empty()));
    }

    /** The attributions of one article in text order (cached once the article is indexed). */
    public List<IndexedAttribution> of(long articleId) {
        List<IndexedAttribution> cached = cache.get(articleId);
        if (cached != null) {
            return cached;
        }
        return database.read(c -> {
            List<IndexedAttribution> rows = query(c, SELECT + " WHERE a.article_id = ? ORDER BY a.seq",
                    OptionalLong.of(articleId));
            if (!ids(c, "SELECT article_id FROM attribution_indexed WHERE article_id = " + articleId).isEmpty()) {
                cache.put(articleId, List.copyOf(rows));
            }
            return rows;
        });
    }

    /**
     * The attributions of the speaker someone names ("Peskov", "Dmitry Peskov", "the Kremlin spokesman", "the
     * FT"), best match first (a full name, mention, role or initials before a bare surname); among equal matches,
     * the speaker's own words first (direct and mixed quotes), then reported contents, then contents of a few words
     * that only point back ("This opposition"); then in text order.
     */
    public List<IndexedAttribution> quotesBy(String name, OptionalLong article) {
        List<Ranked> ranked = new ArrayList<>();
        for (IndexedAttribution a : attributions(article)) {
            double match = SpeakerQuery.match(name, a.speaker());
            if (match > 0) {
                ranked.add(new Ranked(a, match, informativeness(a)));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.match()).thenComparingInt(Ranked::informativeness));
        return ranked.stream().map(Ranked::attribution).toList();
    }

    /** An attribution with its sort keys, computed once. */
    private record Ranked(IndexedAttribution attribution, double match, int informativeness) {
    }

    /** 0 for a quotation, 1 for reported content, 2 for a content too short to say anything on its own. */
    private static int informativeness(IndexedAttribution a) {
        if (a.attribution().kind() != Attribution.Kind.INDIRECT) {
            return 0;
        }
        return a.content().strip().split("\\s+").length < SHORT_CONTENT_WORDS ? 2 : 1;
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
        for (IndexedAttribution a : attributions(article)) {
            if (hidden.contains(a.articleId())) {
                continue;
            }
            Speaker s = a.speaker();
            byName.merge(SpeakerQuery.normalise(s.name()), new SpeakerCount(s.name(), s.role(), 1), (x, y) ->
                    new SpeakerCount(x.name(), x.role() != null ? x.role() : y.role(), x.attributions() + 1));
        }
        return byName.values().stream().sorted(Comparator.comparingInt((SpeakerCount c) -> -c.attributions())
                .thenComparing(SpeakerCount::name)).toList();
    }

    /**
     * The attribution a stretch of an article belongs to: the one whose content overlaps it most, else one whose
     * cue lies inside it. Empty for the reporter's narration.
     */
    public Optional<IndexedAttribution> at(long articleId, int start, int end) {
        IndexedAttribution best = null;
        int bestOverlap = 0;
        for (IndexedAttribution a : of(articleId)) {
            Attribution at = a.attribution();
            int overlap = Math.min(end, at.contentEnd()) - Math.max(start, at.contentStart());
            boolean cueInside = at.cue() != null && at.cueStart() >= start && at.cueEnd() <= end;
            int weight = Math.max(overlap, cueInside ? 1 : 0);
            if (weight > bestOverlap) {
                best = a;
                bestOverlap = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void insert(Connection c, long articleId, List<Attribution> found, List<Paragraph> paragraphs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribution(article_id, seq, paragraph, speaker,"
                + " speaker_mention, speaker_start, speaker_end, role, cue, cue_start, cue_end, content_start,"
                + " content_end, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < found.size(); i++) {
                bind(ps, articleId, i, paragraphOf(paragraphs, found.get(i).contentStart()), found.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attribution_indexed(article_id, attributions, extractor_version) VALUES (?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setInt(2, found.size());
            ps.setInt(3, AttributionExtractor.VERSION);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, long articleId, int seq, int paragraph, Attribution a)
            throws SQLException {
        Speaker s = a.speaker();
        ps.setLong(1, articleId);
        ps.setInt(2, seq);
        ps.setInt(3, paragraph);
        ps.setString(4, s.name());
        ps.setString(5, s.mention());
        ps.setInt(6, s.start());
        ps.setInt(7, s.end());
        setNullable(ps, 8, s.role());
        setNullable(ps, 9, a.cue());
        ps.setInt(10, a.cueStart());
        ps.setInt(11, a.cueEnd());
        ps.setInt(12, a.contentStart());
        ps.setInt(13, a.contentEnd());
        ps.setString(14, a.kind().label());
    }

    private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
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

    private static List<IndexedAttribution> query(Connection c, String sql, OptionalLong article)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (article.isPresent()) {
                ps.setLong(1, article.getAsLong());
            }
            List<IndexedAttribution> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    private static IndexedAttribution row(ResultSet rs) throws SQLException {
        Speaker speaker = new Speaker(rs.getString(4), rs.getString(5), rs.getString(8), rs.getInt(6), rs.getInt(7));
        Attribution a = new Attribution(speaker, rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                rs.getInt(13), Attribution.Kind.valueOf(rs.getString(14).toUpperCase(java.util.Locale.ROOT)));
        return new IndexedAttribution(rs.getLong(1), rs.getString(2), rs.getInt(3), a, rs.getString(15));
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static ParsedArticle stored(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title, text, source FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ParsedArticle(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }
}
