package dev.citebot.retrieve;

import dev.citebot.store.ArticleStore;
import dev.citebot.store.StoreException;
import dev.citebot.article.StoredArticle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article texts of one corpus snapshot, read from the database when first asked for and then kept: one article
 * at a time for answers, a few in one query for the phrase channel's candidates, all of them in one query when a
 * search needs every text (a quotation without an inner word, across all articles). Articles never change, so a
 * kept text stays right. Thread-safe.
 */
final class ArticleTexts {
    private final ArticleStore repository;
    private final Map<Long, String> texts = new ConcurrentHashMap<>();
    private final Lazy<Boolean> all;

    ArticleTexts(ArticleStore repository) {
        this.repository = repository;
        this.all = new Lazy<>(() -> {
            for (StoredArticle a : repository.all()) {
                texts.putIfAbsent(a.id(), a.text());
            }
            return true;
        });
    }

    /** Keeps texts already read (by the build that read every article). */
    ArticleTexts with(List<StoredArticle> read) {
        for (StoredArticle a : read) {
            texts.putIfAbsent(a.id(), a.text());
        }
        return this;
    }

    /** @throws StoreException if the article is no longer stored */
    String text(long id) {
        return texts.computeIfAbsent(id, k -> repository.find(k).map(StoredArticle::text).orElseThrow(
                () -> new StoreException("article " + k + " is no longer stored")));
    }

    /** Reads the texts of these articles not read yet, in one query. */
    void read(Collection<Long> ids) {
        List<Long> missing = ids.stream().distinct().filter(id -> !texts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            repository.texts(missing).forEach(texts::putIfAbsent);
        }
    }

    /** Reads every text not read yet, in one query. */
    void readAll() {
        all.get();
    }
}
