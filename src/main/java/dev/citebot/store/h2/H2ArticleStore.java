package dev.citebot.store.h2;

import dev.citebot.store.ArticleStore;
import dev.citebot.store.Transaction;
import dev.citebot.store.StoreException;
import dev.citebot.article.StoredArticle;
import dev.citebot.article.ArticleSummary;

import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import org.h2.api.ErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@link ArticleStore} in H2: tables {@code article} and {@code paragraph}. */
public final class H2ArticleStore implements ArticleStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String SUMMARY = "SELECT a.id, a.title, a.source, a.sha256,"
            + " (SELECT COUNT(*) FROM paragraph p WHERE p.article_id = a.id),"
            + " (SELECT COUNT(*) FROM embedding_id e WHERE e.article_id = a.id),"
            + " a.ingested_at FROM article a ";
    private static final String ARTICLE = "SELECT id, title, source, sha256, text, ingested_at FROM article ";

    private final Database db;
    private final Clock clock;

    public H2ArticleStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** @param clock supplies {@code ingestedAt} (stored to the microsecond) */
    public H2ArticleStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long insert(Transaction tx, ParsedArticle article, String sha256, List<Paragraph> paragraphs) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(article, "article");
        String sha = normalizeSha(sha256);
        checkParagraphs(article, paragraphs);
        try {
            long id = insertArticle(JdbcTransaction.of(tx).connection(), article, sha);
            insertParagraphs(JdbcTransaction.of(tx).connection(), id, paragraphs);
            return id;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                throw new StoreException("an article with sha256 " + sha + " is already stored", e);
            }
            throw StoreException.of("cannot store article '" + article.title() + "'", e);
        }
    }

    @Override
    public Optional<ArticleSummary> findBySha256(String sha256) {
        String sha = normalizeSha(sha256);
        return db.read(c -> first(summaries(c, SUMMARY + "WHERE a.sha256 = ?", sha)));
    }

    @Override
    public Optional<StoredArticle> find(long id) {
        return db.read(c -> first(articles(c, ARTICLE + "WHERE id = ?", id)));
    }

    @Override
    public Map<Long, String> texts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, String> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM article WHERE id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public List<StoredArticle> all() {
        return db.read(c -> articles(c, ARTICLE + "ORDER BY id"));
    }

    @Override
    public List<ArticleSummary> list() {
        return db.read(c -> summaries(c, SUMMARY + "ORDER BY a.id"));
    }

    @Override
    public List<Paragraph> paragraphs(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT number, start_offset, end_offset FROM paragraph"
                    + " WHERE article_id = ? ORDER BY number")) {
                ps.setLong(1, articleId);
                List<Paragraph> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Paragraph(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
                    }
                }
                return List.copyOf(result);
            }
        });
    }

    @Override
    public Extent extent() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM article")) {
                rs.next();
                return new Extent(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    @Override
    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private long insertArticle(Connection c, ParsedArticle article, String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article(title, source, sha256, text, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, article.title());
            ps.setString(2, article.source());
            ps.setString(3, sha);
            ps.setString(4, article.text());
            ps.setObject(5, OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertParagraphs(Connection c, long articleId, List<Paragraph> paragraphs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO paragraph(article_id, number, start_offset, end_offset) VALUES (?, ?, ?, ?)")) {
            for (Paragraph p : paragraphs) {
                ps.setLong(1, articleId);
                ps.setInt(2, p.number());
                ps.setInt(3, p.start());
                ps.setInt(4, p.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<ArticleSummary> summaries(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<ArticleSummary> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
            }
            return List.copyOf(result);
        }
    }

    private static List<StoredArticle> articles(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<StoredArticle> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()));
            }
            return List.copyOf(result);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }

    private static String normalizeSha(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        String sha = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, got '" + sha256 + "'");
        }
        return sha;
    }

    private static void checkParagraphs(ParsedArticle article, List<Paragraph> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        for (Paragraph p : paragraphs) {
            if (p.end() > article.text().length()) {
                throw new IllegalArgumentException("paragraph " + p.number() + " ends at " + p.end()
                        + " but the text of '" + article.title() + "' has " + article.text().length() + " chars");
            }
        }
    }
}
