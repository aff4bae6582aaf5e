package dev.citebot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Who added which article, from where, and who may read it. An article is SHARED (every chat sees it) unless it
 * has readers: then only its reader chats see it. Articles stored without an origin (the seed, the CLI's
 * {@code ingest}) are shared.
 */
public interface LibraryStore {

    /**
     * Records, inside the transaction that stores the article, where it came from and who added it.
     *
     * @param privateTo the chat the article is private to, or empty for a shared article
     */
    void recordOrigin(Transaction tx, long articleId, Origin origin, OptionalLong privateTo);

    /** The article stored from {@code url} (as requested or as finally fetched), if any. */
    Optional<Long> findByUrl(String url);

    /** Lets {@code chatId} read the private article too; does nothing to a shared one. */
    void addReader(long articleId, long chatId);

    /** Makes the article shared: every chat may read it. */
    void share(long articleId);

    /** The private articles {@code chatId} may not read. */
    Set<Long> hiddenFrom(long chatId);

    /** Whether {@code chatId} may read the article (true for shared ones). */
    boolean visibleTo(long articleId, long chatId);

    /** Deletes the article and everything stored with it, inside {@code tx}; false if there was none. */
    boolean deleteArticle(Transaction tx, long articleId);

    /**
     * Where an article came from.
     *
     * @param url     the link it was fetched from, or empty for a file, a forwarded post or a pasted text
     * @param addedBy the Telegram user id who added it
     * @param chatId  the chat it was added in
     * @param addedAt when
     */
    record Origin(Optional<String> url, long addedBy, long chatId, Instant addedAt) {
    }
}
