package dev.citebot.store.h2;

import dev.citebot.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Ordered, append-only schema migrations, one list for every database citebot runs on, recorded in table
 * {@code schema_version(version, description, applied_at, checksum)}. Each missing migration runs in its own
 * transaction. A statement is written once, as a template whose few type names the {@link Dialect} fills in.
 *
 * <p>To change the schema, append one {@link Migration} to {@link #ALL}; never edit, reorder or remove one that
 * has shipped. Each applied migration's checksum (SHA-256 of its description and its steps' templates, so the same
 * on every database) is recorded, and a database whose recorded checksum differs from this build's is refused
 * with a message naming the version: an edited migration would leave databases that ran the old text with another
 * schema than new ones. Versions applied before checksums were recorded get this build's checksum on the next
 * start. H2 commits DDL statements immediately, so a migration that fails halfway leaves its earlier statements
 * applied: write DDL idempotently ({@code IF NOT EXISTS}) so that the next start can finish it.
 */
public final class Migrations {

    private static final String V1_ARTICLE = "CREATE TABLE IF NOT EXISTS article("
            + "id {ID} PRIMARY KEY,"
            + " title VARCHAR NOT NULL,"
            + " source VARCHAR NOT NULL,"
            + " sha256 CHAR(64) NOT NULL UNIQUE,"
            + " text {CLOB} NOT NULL,"
            + " ingested_at TIMESTAMP WITH TIME ZONE NOT NULL)";
    private static final String V1_PARAGRAPH = "CREATE TABLE IF NOT EXISTS paragraph("
            + "article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            + " number INT NOT NULL,"
            + " start_offset INT NOT NULL,"
            + " end_offset INT NOT NULL,"
            + " PRIMARY KEY(article_id, number))";
    /** {@code seq} gives insertion order; vectors are float32 little-endian (see {@code VectorCodec}). */
    private static final String V1_EMBEDDING = "CREATE TABLE IF NOT EXISTS embedding("
            + "seq {ID} NOT NULL UNIQUE,"
            + " id VARCHAR(64) PRIMARY KEY,"
            + " article_id BIGINT NULL REFERENCES article(id) ON DELETE CASCADE,"
            + " text {CLOB} NULL,"
            + " metadata {CLOB} NOT NULL,"
            + " vector {BYTES} NOT NULL)";

    /** The article each Telegram chat has scoped its questions to; no row or NULL means all articles. */
    private static final String V2_TELEGRAM_CHAT = "CREATE TABLE IF NOT EXISTS telegram_chat("
            + "chat_id BIGINT PRIMARY KEY,"
            + " article_id BIGINT NULL REFERENCES article(id) ON DELETE SET NULL,"
            + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)";
    /** Telegram updates already claimed by a bot, so that a redelivered update is never answered twice. */
    private static final String V2_TELEGRAM_UPDATE = "CREATE TABLE IF NOT EXISTS telegram_update("
            + "bot_id BIGINT NOT NULL,"
            + " update_id BIGINT NOT NULL,"
            + " claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " PRIMARY KEY(bot_id, update_id))";
    /** One row per attribution; offsets index into {@code article.text}; kind is direct, indirect or mixed. */
    private static final String V3_ATTRIBUTION = "CREATE TABLE IF NOT EXISTS attribution("
            + "article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            + " seq INT NOT NULL,"
            + " paragraph INT NOT NULL,"
            + " speaker VARCHAR NOT NULL,"
            + " speaker_mention VARCHAR NOT NULL,"
            + " speaker_start INT NOT NULL,"
            + " speaker_end INT NOT NULL,"
            + " role VARCHAR NULL,"
            + " cue VARCHAR NULL,"
            + " cue_start INT NOT NULL,"
            + " cue_end INT NOT NULL,"
            + " content_start INT NOT NULL,"
            + " content_end INT NOT NULL,"
            + " kind VARCHAR(8) NOT NULL,"
            + " PRIMARY KEY(article_id, seq))";
    /** The articles whose attributions have been extracted (an article may have none). */
    private static final String V3_INDEXED = "CREATE TABLE IF NOT EXISTS attribution_indexed("
            + "article_id BIGINT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
            + " attributions INT NOT NULL)";
    private static final String V3_SPEAKER = "CREATE INDEX IF NOT EXISTS attribution_speaker ON attribution(speaker)";
    /** Each chat's conversation memory: LangChain4j chat messages as JSON, the last few only. */
    private static final String V4_CHAT_MEMORY = "CREATE TABLE IF NOT EXISTS chat_memory("
            + "chat_id VARCHAR(200) PRIMARY KEY,"
            + " messages {CLOB} NOT NULL,"
            + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    /**
     * Embeddings in blocks of up to 64 rows of one article (ids and segments encoded, vectors normalised float32),
     * so that loading the store is a few thousand reads instead of one per embedding; see {@code EmbeddingBlocks}.
     */
    private static final String V5_BLOCK = "CREATE TABLE IF NOT EXISTS embedding_block("
            + "id {ID} PRIMARY KEY,"
            + " article_id BIGINT NULL REFERENCES article(id) ON DELETE CASCADE,"
            + " size INT NOT NULL,"
            + " rows {BYTES} NOT NULL,"
            + " vectors {BYTES} NOT NULL)";
    /**
     * Every embedding id, unique, with the block that holds it and that block's article (repeated here so that
     * counting an article's embeddings reads this index, not the blocks with their vectors).
     */
    private static final String V5_ID = "CREATE TABLE IF NOT EXISTS embedding_id("
            + "id VARCHAR(64) PRIMARY KEY,"
            + " block_id BIGINT NOT NULL REFERENCES embedding_block(id) ON DELETE CASCADE,"
            + " article_id BIGINT NULL)";
    private static final String V5_ID_ARTICLE = "CREATE INDEX IF NOT EXISTS embedding_id_article ON embedding_id(article_id)";

    /**
     * Indexes derived from articles and embeddings (the BM25 index), saved so that a start can load them; see
     * {@code DerivedIndexes}. Only a cache: each row names the content it was built from.
     */
    private static final String V6_DERIVED = "CREATE TABLE IF NOT EXISTS derived_index("
            + "name VARCHAR(64) PRIMARY KEY,"
            + " fingerprint VARCHAR(256) NOT NULL,"
            + " data {BLOB} NOT NULL)";

    /**
     * The version of the attribution extractor that built each article's index (1 for indexes built before it was
     * recorded), so that a newer extractor rebuilds older indexes on start.
     */
    private static final String V7_EXTRACTOR_VERSION = "ALTER TABLE attribution_indexed"
            + " ADD COLUMN IF NOT EXISTS extractor_version INT NOT NULL DEFAULT 1";

    /**
     * Telegram updates as received, written before the poll that confirms them to Telegram: {@code body} is the
     * update's JSON, {@code chat_key} orders one chat's updates, {@code done_at} is set once the update has been
     * answered (or needed no answer). Rows not done are resumed at start.
     */
    private static final String V8_INBOX = "CREATE TABLE IF NOT EXISTS telegram_inbox("
            + "bot_id BIGINT NOT NULL,"
            + " update_id BIGINT NOT NULL,"
            + " chat_key BIGINT NOT NULL,"
            + " body {CLOB} NOT NULL,"
            + " received_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " done_at TIMESTAMP WITH TIME ZONE NULL,"
            + " PRIMARY KEY(bot_id, update_id))";
    private static final String V8_INBOX_PENDING = "CREATE INDEX IF NOT EXISTS telegram_inbox_done"
            + " ON telegram_inbox(done_at)";
    /**
     * H2 hands out identity values from a cache of 32 and, after a crash, continues after the cached ones, so
     * article numbers jumped by about 30 after a kill; without the cache every id is the previous one plus one.
     */
    private static final String V8_ARTICLE_NO_CACHE = "ALTER TABLE article ALTER COLUMN id SET {NO_CACHE}";
    /** Where each article added from the chat came from and who added it; see {@code LibraryStore}. */
    private static final String V9_ORIGIN = "CREATE TABLE IF NOT EXISTS article_origin("
            + "article_id BIGINT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,"
            + " url VARCHAR(2048) NULL,"
            + " added_by BIGINT NOT NULL,"
            + " chat_id BIGINT NOT NULL,"
            + " added_at TIMESTAMP WITH TIME ZONE NOT NULL)";
    private static final String V9_ORIGIN_URL = "CREATE INDEX IF NOT EXISTS article_origin_url ON article_origin(url)";
    /** The chats that may read a private article; an article without rows here is shared. */
    private static final String V9_READER = "CREATE TABLE IF NOT EXISTS article_reader("
            + "article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
            + " chat_id BIGINT NOT NULL,"
            + " PRIMARY KEY(article_id, chat_id))";

    /**
     * Leases on inbox rows (see {@code UpdateInbox#claim}): the instance answering an update and until when its
     * claim holds; NULL when free.
     */
    private static final String V10_LEASE_OWNER = "ALTER TABLE telegram_inbox"
            + " ADD COLUMN IF NOT EXISTS lease_owner VARCHAR(128) NULL";
    private static final String V10_LEASE_UNTIL = "ALTER TABLE telegram_inbox"
            + " ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP WITH TIME ZONE NULL";
    /** One row per bot, locked by each claim so that claims of several instances are made one after another. */
    private static final String V10_CLAIM_LOCK = "CREATE TABLE IF NOT EXISTS telegram_inbox_claim("
            + "bot_id BIGINT PRIMARY KEY)";

    /**
     * The embedding model that made the stored vectors (one row, id 1). Vectors stored before the model was a
     * setting were all made by all-MiniLM-L6-v2-q, so a database that has any is recorded as MiniLM's.
     */
    private static final String V11_MODEL = "CREATE TABLE IF NOT EXISTS embedding_model("
            + "id INT PRIMARY KEY CHECK (id = 1),"
            + " name VARCHAR(128) NOT NULL)";
    private static final String V11_LEGACY_MODEL = "INSERT INTO embedding_model(id, name)"
            + " SELECT 1, 'all-MiniLM-L6-v2-q' FROM embedding_id LIMIT 1";

    /**
     * The blocks' float32 vectors, one row per block, moved out of {@code embedding_block} (whose rows a database
     * reads whole, so a start read 1,536 bytes a row it did not use); the block keeps the int8 codes a start loads.
     */
    private static final String V12_VECTOR = "CREATE TABLE IF NOT EXISTS embedding_vector("
            + "block_id BIGINT PRIMARY KEY REFERENCES embedding_block(id) ON DELETE CASCADE,"
            + " vectors {BYTES} NOT NULL)";
    private static final String V12_DROP_VECTORS = "ALTER TABLE embedding_block DROP COLUMN IF EXISTS vectors";
    private static final String V12_CODES = "ALTER TABLE embedding_block ADD COLUMN IF NOT EXISTS codes {BYTES} NULL";
    private static final String V12_CODES_REQUIRED = "ALTER TABLE embedding_block ALTER COLUMN codes SET NOT NULL";

    /** Every migration citebot knows, oldest first; versions are 1, 2, 3, ... */
    private static final List<Migration> ALL = List.of(
            Migration.of(1, "articles, paragraphs and embeddings", V1_ARTICLE, V1_PARAGRAPH, V1_EMBEDDING),
            Migration.of(2, "telegram chat scopes and claimed updates", V2_TELEGRAM_CHAT, V2_TELEGRAM_UPDATE),
            Migration.of(3, "attribution index", V3_ATTRIBUTION, V3_INDEXED, V3_SPEAKER),
            Migration.of(4, "chat memory", V4_CHAT_MEMORY),
            new Migration(5, "embeddings in blocks", List.of(Step.sql(V5_BLOCK), Step.sql(V5_ID),
                    Step.sql(V5_ID_ARTICLE), Step.code("LegacyEmbeddings.convert", LegacyEmbeddings::convert),
                    Step.sql("DROP TABLE IF EXISTS embedding"))),
            Migration.of(6, "saved derived indexes", V6_DERIVED),
            Migration.of(7, "attribution extractor version", V7_EXTRACTOR_VERSION),
            Migration.of(8, "durable telegram inbox; article ids without a cache", V8_INBOX, V8_INBOX_PENDING,
                    V8_ARTICLE_NO_CACHE),
            Migration.of(9, "article origins and private readers", V9_ORIGIN, V9_ORIGIN_URL, V9_READER),
            Migration.of(10, "inbox leases", V10_LEASE_OWNER, V10_LEASE_UNTIL, V10_CLAIM_LOCK),
            Migration.of(11, "the embedding model of the stored vectors", V11_MODEL, V11_LEGACY_MODEL),
            new Migration(12, "int8 codes in the blocks, float32 vectors in a table of their own",
                    List.of(Step.sql(V12_VECTOR), Step.code("SeparatedVectors.copy", SeparatedVectors::copy),
                            Step.sql(V12_DROP_VECTORS), Step.sql(V12_CODES),
                            Step.code("SeparatedVectors.encode", SeparatedVectors::encode),
                            Step.sql(V12_CODES_REQUIRED))));

    private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version("
            + "version INT PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";
    private static final String CHECKSUM_COLUMN = "ALTER TABLE schema_version"
            + " ADD COLUMN IF NOT EXISTS checksum VARCHAR(64) NULL";

    private final List<Migration> migrations;

    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration versions must be 1, 2, 3, ... but #" + (i + 1)
                        + " has version " + this.migrations.get(i).version());
            }
        }
    }

    /** The migrations of this build of citebot. */
    public static Migrations standard() {
        return new Migrations(ALL);
    }

    /** The first {@code version} migrations of this build, to make a database as an older citebot left it. */
    static Migrations upTo(int version) {
        return new Migrations(ALL.subList(0, version));
    }

    /** The schema version a database has once these migrations are applied. */
    public int latestVersion() {
        return migrations.size();
    }

    /**
     * Brings {@code db} to {@link #latestVersion()}, refusing a database whose schema is newer than this code or
     * whose applied migrations differ from this build's.
     */
    void apply(Database db) {
        db.write(tx -> execute(tx.connection(), List.of(VERSION_TABLE, CHECKSUM_COLUMN)));
        NavigableMap<Integer, String> applied = db.write(tx -> checksums(tx.connection()));
        int current = applied.isEmpty() ? 0 : applied.lastKey();
        if (current > latestVersion()) {
            throw new StoreException(db + " has schema version " + current + " but this citebot knows only up to "
                    + latestVersion() + "; use a newer citebot");
        }
        verify(db, applied);
        for (Migration m : migrations.subList(current, migrations.size())) {
            db.write(tx -> applyOne(tx.connection(), db.dialect(), m));
        }
    }

    /** The newest applied version, 0 for an empty database. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Fails on the first applied version whose recorded checksum is not this build's; records missing ones. */
    private void verify(Database db, Map<Integer, String> applied) {
        applied.forEach((version, recorded) -> {
            String expected = migrations.get(version - 1).checksum();
            if (recorded == null) {
                db.write(tx -> recordChecksum(tx.connection(), version, expected));
            } else if (!recorded.equals(expected)) {
                Migration m = migrations.get(version - 1);
                throw new StoreException(db + ": migration " + version + " (" + m.description() + ") was changed"
                        + " after it was applied (recorded checksum " + recorded + ", this build's " + expected
                        + "); restore it and add a new migration for the change");
            }
        });
    }

    private static NavigableMap<Integer, String> checksums(Connection c) throws SQLException {
        NavigableMap<Integer, String> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static int recordChecksum(Connection c, int version, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE schema_version SET checksum = ? WHERE version = ? AND checksum IS NULL")) {
            ps.setString(1, checksum);
            ps.setInt(2, version);
            return ps.executeUpdate();
        }
    }

    private static Void applyOne(Connection c, Dialect dialect, Migration m) throws SQLException {
        for (Step step : m.steps()) {
            step.apply(c, dialect);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version(version, description, applied_at, checksum) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(4, m.checksum());
            ps.executeUpdate();
        }
        return null;
    }

    private static Void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return null;
    }

    /** Code that moves data from an old form to a new one, as a step of a migration. */
    @FunctionalInterface
    public interface Conversion {
        void apply(Connection c) throws SQLException;
    }

    /**
     * One step of a migration: an SQL statement template, or a named {@link Conversion}.
     *
     * @param text       the template, or the conversion's name; what the checksum covers
     * @param conversion the code to run, or null for a statement
     */
    public record Step(String text, Conversion conversion) {
        public Step {
            Objects.requireNonNull(text, "text");
        }

        /** A statement, written with the {@link Dialect#sql} type names. */
        public static Step sql(String template) {
            return new Step(template, null);
        }

        /** Code; a changed conversion must get a new {@code name} for the checksum to notice. */
        public static Step code(String name, Conversion conversion) {
            return new Step(name, Objects.requireNonNull(conversion, "conversion"));
        }

        void apply(Connection c, Dialect dialect) throws SQLException {
            if (conversion == null) {
                execute(c, List.of(dialect.sql(text)));
            } else {
                conversion.apply(c);
            }
        }
    }

    /**
     * One schema change.
     *
     * @param version     its position in {@link #ALL}, starting at 1
     * @param description a few words for the {@code schema_version} table
     * @param steps       run in order in one transaction (but see the class comment on DDL)
     */
    public record Migration(int version, String description, List<Step> steps) {
        public Migration {
            Objects.requireNonNull(description, "description");
            steps = List.copyOf(steps);
            if (version < 1 || steps.isEmpty()) {
                throw new IllegalArgumentException("migration " + version + " needs a version >= 1 and steps");
            }
        }

        /** A migration of SQL statement templates only. */
        public static Migration of(int version, String description, String... statements) {
            return new Migration(version, description, List.of(statements).stream().map(Step::sql).toList());
        }

        /** SHA-256, in hex, of the description and each step's text, one per line. */
        public String checksum() {
            StringBuilder all = new StringBuilder(description);
            steps.forEach(step -> all.append('\n').append(step.text()));
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }
    }
}
