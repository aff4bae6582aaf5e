package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.ReplyRenderer;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.render.BotTexts;
import dev.citebot.telegram.render.SourceButtons;

import dev.citebot.store.ChatStateStore;

import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.SpeakerCount;
import dev.citebot.store.ArticleStore;
import dev.citebot.article.ArticleSummary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /quotes NAME} and {@code /speakers}: the attribution index read in the chat's current scope (its
 * {@code /article} choice, or all articles).
 */
public final class QuoteCommands {
    static final int SHOWN = 5;

    private final SpeakerQuotes index;
    private final ArticleStore articles;
    private final ChatStateStore chats;
    private final Replies replies;
    private final ReplyRenderer renderer;
    private final ChatArticles visible;

    public QuoteCommands(SpeakerQuotes index, ArticleStore articles, ChatStateStore chats, Replies replies,
                  ReplyRenderer renderer, ChatArticles visible) {
        this.visible = visible;
        this.index = index;
        this.articles = articles;
        this.chats = chats;
        this.replies = replies;
        this.renderer = renderer;
    }

    void quotes(ChatRef chat, int messageId, String name) {
        if (name.isBlank()) {
            replies.text(chat, messageId, BotTexts.QUOTES_USAGE);
            return;
        }
        OptionalLong scope = visible.scope(chat.id()).articleId();
        Set<Long> hidden = visible.hidden(chat.id());
        List<IndexedAttribution> found = index.quotesBy(name, scope).stream()
                .filter(a -> !hidden.contains(a.articleId())).toList();
        if (found.isEmpty()) {
            replies.text(chat, messageId, BotTexts.noQuotes(name, scopeName(scope)));
            return;
        }
        List<IndexedAttribution> shown = found.subList(0, Math.min(SHOWN, found.size()));
        replies.blocks(chat, messageId, renderer.attributions(shown, titles(), found.size() - shown.size()),
                SourceButtons.forAttributions(shown));
    }

    void speakers(ChatRef chat, int messageId) {
        OptionalLong scope = visible.scope(chat.id()).articleId();
        List<SpeakerCount> all = index.speakers(scope, visible.hidden(chat.id()));
        if (all.isEmpty()) {
            replies.text(chat, messageId, BotTexts.noSpeakers(scopeName(scope)));
            return;
        }
        replies.blocks(chat, messageId, List.of(renderer.speakers(BotTexts.speakersHeading(scopeName(scope)), all)),
                Optional.empty());
    }

    private Map<Long, String> titles() {
        return articles.list().stream().collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::title));
    }

    private String scopeName(OptionalLong scope) {
        if (scope.isEmpty()) {
            return BotTexts.ALL_ARTICLES;
        }
        return articles.find(scope.getAsLong()).map(a -> "“" + a.title() + "”").orElse(BotTexts.ALL_ARTICLES);
    }
}
