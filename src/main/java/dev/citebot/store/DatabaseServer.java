package dev.citebot.store;

import dev.citebot.config.PostgresSettings;

import java.util.regex.Pattern;

/**
 * The databases of one PostgreSQL server, for tools that make databases of their own (the benchmark). Names are
 * {@linkplain #isPlainName plain}, so that an implementation may put them into its SQL as they are. No message of an
 * implementation shows the password.
 */
public interface DatabaseServer {
    /** Lower-case letters, digits and _, not starting with a digit, at most 63 characters. */
    Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static boolean isPlainName(String name) {
        return PLAIN_NAME.matcher(name).matches();
    }

    /**
     * A database called {@code name} that holds no articles: created if there is none (then {@link Claim#created}),
     * or else the existing one, if it has no citebot tables or an empty {@code article} table.
     *
     * @throws IllegalArgumentException if the name is not plain
     * @throws StoreException if the database already holds articles (then it is left as it was), or the server
     *                        cannot be reached or refuses
     */
    Claim claimEmpty(String name);

    /** The articles in database {@code name}: 0 if it has no {@code article} table (no citebot schema yet). */
    long articles(String name);

    /** Drops database {@code name} if it exists, ending whatever sessions are still connected to it. */
    void drop(String name);

    /**
     * A database {@link #claimEmpty} handed out.
     *
     * @param settings the database, with the server's login and password
     * @param created  whether {@code claimEmpty} created it (else it existed, without articles)
     */
    record Claim(PostgresSettings settings, boolean created) {
    }
}
