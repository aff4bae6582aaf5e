package dev.citebot.store;

import dev.citebot.article.ArticleSummary;
import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.StoredArticle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles and their paragraphs. Articles are identified by the SHA-256 of their content, which is unique; ids
 * are positive, increase with every insert and are never reused. Stored articles never change.
 */
public interface ArticleStore {

    /**
     * Stores an article and its paragraphs inside {@code tx} and returns the new article id. The time it is stored
     * ({@code ingestedAt}) is kept to the microsecond.
     *
     * @param sha256 64 hex digits, either case (stored lower-case)
     * @throws StoreException           if an article with this sha256 is already stored
     * @throws IllegalArgumentException if the sha256 is malformed or a paragraph lies outside the text; nothing is
     *                                  written then
     */
    long insert(Transaction tx, ParsedArticle article, String sha256, List<Paragraph> paragraphs);

    /** The article with this content hash (either case), with its paragraph and passage counts. */
    Optional<ArticleSummary> findBySha256(String sha256);

    Optional<StoredArticle> find(long id);

    /** The texts of the stored articles among {@code ids}, by id; unknown ids are left out. */
    Map<Long, String> texts(Collection<Long> ids);

    /** Every article with its text, ordered by id. */
    List<StoredArticle> all();

    /** Every article without its text, ordered by id. */
    List<ArticleSummary> list();

    /** The paragraphs of an article ordered by number; empty for an unknown id. */
    List<Paragraph> paragraphs(long articleId);

    /**
     * How many articles are stored and the highest id. Ids are never reused, so while both stay the same no article
     * has been added or deleted.
     */
    Extent extent();

    long count();

    /** See {@link #extent()}. */
    record Extent(long count, long lastId) {
        /** The extent of {@code articles}, ordered by id, as {@link #all()} returns them. */
        public static Extent of(List<StoredArticle> articles) {
            return new Extent(articles.size(), articles.isEmpty() ? 0 : articles.get(articles.size() - 1).id());
        }
    }
}
