package dev.citebot.telegram.inbound;

import dev.citebot.article.ArticleSummary;
import dev.citebot.article.Scope;
import dev.citebot.store.ArticleStore;
import dev.citebot.store.ChatStateStore;

import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The articles one chat may see: every article but the private articles of other chats. Numbers ({@code /article
 * N}, {@code /remove N}) are positions in {@link #visible}, which is in id order.
 */
public final class ChatArticles {
    private final ArticleStore articles;
    private final ChatStateStore chats;
    private final LongFunction<Set<Long>> hiddenFrom;

    /** @param hiddenFrom the private articles a chat may not see */
    public ChatArticles(ArticleStore articles, ChatStateStore chats, LongFunction<Set<Long>> hiddenFrom) {
        this.articles = articles;
        this.chats = chats;
        this.hiddenFrom = hiddenFrom;
    }

    /** Every article is visible to every chat (no library of private additions). */
    public static ChatArticles all(ArticleStore articles, ChatStateStore chats) {
        return new ChatArticles(articles, chats, chat -> Set.of());
    }

    public List<ArticleSummary> visible(long chatId) {
        Set<Long> hidden = hidden(chatId);
        List<ArticleSummary> all = articles.list();
        return hidden.isEmpty() ? all : all.stream().filter(a -> !hidden.contains(a.id())).toList();
    }

    public Set<Long> hidden(long chatId) {
        return hiddenFrom.apply(chatId);
    }

    public boolean sees(long chatId, long articleId) {
        return !hidden(chatId).contains(articleId);
    }

    /** The chat's scope ({@code /article} choice or all) with the articles it may not see hidden. */
    public Scope scope(long chatId) {
        return chats.scope(chatId).hiding(hidden(chatId));
    }

    /** The 1-based number of the article in the chat's list, or 0 if it cannot see it. */
    public int number(long chatId, long articleId) {
        List<ArticleSummary> visible = visible(chatId);
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id() == articleId) {
                return i + 1;
            }
        }
        return 0;
    }
}
