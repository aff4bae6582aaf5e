package dev.citebot.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Indexes derived from the stored articles and embeddings, kept in table {@code derived_index} so that a start
 * can load them instead of rebuilding them: one row per index name, with the fingerprint of the content it was
 * built from and its bytes. The articles and embeddings stay the source of truth: a caller loads an index only
 * under the fingerprint of the content it has in hand, and rebuilds (and saves) it otherwise.
 */
public final class DerivedIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(DerivedIndexes.class);

    private final Database db;

    public DerivedIndexes(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Reads the index {@code name} if it was saved under {@code fingerprint}.
     *
     * @param decode turns the saved bytes back into the index; an exception from it counts as no index (and is
     *               logged, since it means every start rebuilds what it should have loaded)
     */
    public <T> Optional<T> load(String name, String fingerprint, Decoder<T> decode) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM derived_index WHERE name = ? AND fingerprint = ?")) {
                ps.setString(1, name);
                ps.setString(2, fingerprint);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? decoded(name, rs.getBinaryStream(1), decode) : Optional.empty();
                }
            }
        });
    }

    /**
     * Saves {@code data} as the index {@code name} built from the content with {@code fingerprint}, replacing any.
     * A failure is logged, not thrown: the index is only a cache, and the caller has it in memory already.
     */
    public void save(String name, String fingerprint, byte[] data) {
        try {
            write(name, fingerprint, data);
        } catch (StoreException e) {
            LOG.warn("cannot save the {} index; the next start rebuilds it: {}", name, e.toString());
        }
    }

    private void write(String name, String fingerprint, byte[] data) {
        db.inTransaction(tx -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO derived_index(name, fingerprint, data) KEY(name) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, fingerprint);
                ps.setBytes(3, data);
                return ps.executeUpdate();
            }
        });
    }

    private static <T> Optional<T> decoded(String name, InputStream in, Decoder<T> decode) throws SQLException {
        try (in) {
            return Optional.of(decode.decode(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the saved {} index cannot be read and is rebuilt: {}", name, e.toString());
            return Optional.empty();
        }
    }

    /** Reads an index back from the bytes it was saved as. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(InputStream in) throws IOException;
    }
}
