package dev.citebot.store.h2;

import dev.citebot.store.AttributionRow;
import dev.citebot.store.AttributionStore;
import dev.citebot.store.StoreException;
import dev.citebot.store.StoredAttribution;
import dev.citebot.store.Transaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The {@link AttributionStore} in H2: table {@code attribution} (one row per attribution, numbered by {@code seq} in
 * text order) and {@code attribution_indexed} (one row per indexed article, with its extractor version). Both
 * reference the article with {@code ON DELETE CASCADE}; the attributed content is read from the article's text.
 */
public final class H2AttributionStore implements AttributionStore {
    /**
     * One article's rows; the contents are cut in Java from the article's text, read once per article. A SUBSTRING
     * of the text per row re-read the whole text for each row: 200 s a question with a 4.9 MB article.
     */
    private static final String SELECT = "SELECT a.paragraph, a.speaker, a.speaker_mention, a.speaker_start,"
            + " a.speaker_end, a.role, a.cue, a.cue_start, a.cue_end, a.content_start, a.content_end, a.kind"
            + " FROM attribution a WHERE a.article_id = ? ORDER BY a.seq";

    private static final String TEXT = "SELECT text, source FROM article WHERE id = ?";

    private final Database db;

    public H2AttributionStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void insert(Transaction tx, long articleId, List<AttributionRow> rows, int extractorVersion) {
        Objects.requireNonNull(rows, "rows");
        Connection c = JdbcTransaction.of(tx).connection();
        try {
            insertRows(c, articleId, rows);
            markIndexed(c, articleId, rows.size(), extractorVersion);
        } catch (SQLException e) {
            throw StoreException.of("cannot store the attributions of article " + articleId, e);
        }
    }

    @Override
    public void delete(Transaction tx, long articleId) {
        Connection c = JdbcTransaction.of(tx).connection();
        try {
            for (String table : List.of("attribution", "attribution_indexed")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                    ps.setLong(1, articleId);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot delete the attributions of article " + articleId, e);
        }
    }

    @Override
    public List<StoredAttribution> of(long articleId) {
        return db.read(c -> {
            try (PreparedStatement texts = c.prepareStatement(TEXT);
                 PreparedStatement rows = c.prepareStatement(SELECT)) {
                return query(texts, rows, articleId);
            }
        });
    }

    @Override
    public List<StoredAttribution> all() {
        List<StoredAttribution> out = new ArrayList<>();
        forEachIndexed((id, rows) -> out.addAll(rows));
        return out;
    }

    /** One read, its two statements prepared once (not twice per article). */
    @Override
    public void forEachIndexed(BiConsumer<Long, List<StoredAttribution>> each) {
        Objects.requireNonNull(each, "each");
        db.read(c -> {
            try (PreparedStatement texts = c.prepareStatement(TEXT);
                 PreparedStatement rows = c.prepareStatement(SELECT)) {
                for (long id : indexed(c)) {
                    each.accept(id, query(texts, rows, id));
                }
            }
            return null;
        });
    }

    @Override
    public List<Long> indexedArticles() {
        return db.read(H2AttributionStore::indexed);
    }

    private static List<Long> indexed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id FROM attribution_indexed ORDER BY article_id");
             ResultSet rs = ps.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    @Override
    public boolean isIndexed(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM attribution_indexed WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                return count(ps) > 0;
            }
        });
    }

    /** Compares two counts: an index row names an existing article, so equal counts mean none is missing. */
    @Override
    public boolean allIndexedSince(int extractorVersion) {
        return db.read(c -> {
            try (PreparedStatement articles = c.prepareStatement("SELECT COUNT(*) FROM article");
                 PreparedStatement indexed = c.prepareStatement(
                         "SELECT COUNT(*) FROM attribution_indexed WHERE extractor_version >= ?")) {
                indexed.setInt(1, extractorVersion);
                return count(articles) == count(indexed);
            }
        });
    }

    @Override
    public List<Long> articlesNotIndexedSince(int extractorVersion) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE id NOT IN"
                    + " (SELECT article_id FROM attribution_indexed WHERE extractor_version >= ?) ORDER BY id")) {
                ps.setInt(1, extractorVersion);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    private static void insertRows(Connection c, long articleId, List<AttributionRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribution(article_id, seq, paragraph, speaker,"
                + " speaker_mention, speaker_start, speaker_end, role, cue, cue_start, cue_end, content_start,"
                + " content_end, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                bind(ps, articleId, i, rows.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void markIndexed(Connection c, long articleId, int attributions, int extractorVersion)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attribution_indexed(article_id, attributions, extractor_version) VALUES (?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setInt(2, attributions);
            ps.setInt(3, extractorVersion);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, long articleId, int seq, AttributionRow a) throws SQLException {
        ps.setLong(1, articleId);
        ps.setInt(2, seq);
        ps.setInt(3, a.paragraph());
        ps.setString(4, a.speaker());
        ps.setString(5, a.speakerMention());
        ps.setInt(6, a.speakerStart());
        ps.setInt(7, a.speakerEnd());
        setNullable(ps, 8, a.role());
        setNullable(ps, 9, a.cue());
        ps.setInt(10, a.cueStart());
        ps.setInt(11, a.cueEnd());
        ps.setInt(12, a.contentStart());
        ps.setInt(13, a.contentEnd());
        ps.setString(14, a.kind());
    }

    private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    private static List<StoredAttribution> query(PreparedStatement texts, PreparedStatement rows, long articleId)
            throws SQLException {
        String text;
        String source;
        texts.setLong(1, articleId);
        try (ResultSet rs = texts.executeQuery()) {
            if (!rs.next()) {
                return new ArrayList<>();
            }
            text = rs.getString(1);
            source = rs.getString(2);
        }
        rows.setLong(1, articleId);
        List<StoredAttribution> out = new ArrayList<>();
        try (ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                AttributionRow a = row(rs);
                out.add(new StoredAttribution(articleId, source, a, text.substring(a.contentStart(), a.contentEnd())));
            }
        }
        return out;
    }

    private static AttributionRow row(ResultSet rs) throws SQLException {
        return new AttributionRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getString(12));
    }

    private static long count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
