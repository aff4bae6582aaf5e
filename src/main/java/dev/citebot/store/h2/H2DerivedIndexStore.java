package dev.citebot.store.h2;

import dev.citebot.store.DerivedIndexStore;
import dev.citebot.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link DerivedIndexStore} in H2: table {@code derived_index}, one row per index name. An index that cannot be
 * decoded or saved is logged, since it means every start rebuilds what it should have loaded.
 */
public final class H2DerivedIndexStore implements DerivedIndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2DerivedIndexStore.class);

    private final Database db;

    public H2DerivedIndexStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public <T> Optional<T> load(String name, String fingerprint, Decoder<T> decode) {
        return first("SELECT data FROM derived_index WHERE name = ? AND fingerprint = ?", List.of(name, fingerprint),
                rs -> decoded(name, rs.getBinaryStream(1), decode));
    }

    @Override
    public <T> Optional<Saved<T>> loadAny(String name, Decoder<T> decode) {
        return first("SELECT fingerprint, data FROM derived_index WHERE name = ?", List.of(name),
                rs -> {
                    String fingerprint = rs.getString(1);
                    return decoded(name, rs.getBinaryStream(2), decode).map(index -> new Saved<>(fingerprint, index));
                });
    }

    /** What {@code read} makes of the first row {@code sql} returns with {@code params}, read as large binary. */
    private <R> Optional<R> first(String sql, List<String> params, FirstRow<R> read) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                db.dialect().readsLargeBinary(ps);
                for (int i = 0; i < params.size(); i++) {
                    ps.setString(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? read.read(rs) : Optional.empty();
                }
            }
        });
    }

    /** Reads what a query's current row holds. */
    @FunctionalInterface
    private interface FirstRow<R> {
        Optional<R> read(ResultSet rs) throws SQLException;
    }

    @Override
    public void save(String name, String fingerprint, byte[] data) {
        try {
            write(name, fingerprint, data);
        } catch (StoreException e) {
            LOG.warn("cannot save the {} index; the next start rebuilds it: {}", name, e.toString());
        }
    }

    private void write(String name, String fingerprint, byte[] data) {
        db.write(tx -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement(
                    db.dialect().upsert("derived_index", List.of("name"), List.of("name", "fingerprint", "data")))) {
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
}
