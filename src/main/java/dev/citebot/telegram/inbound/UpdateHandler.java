package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.ReplyRenderer;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.render.SourceRef;
import dev.citebot.telegram.render.BotTexts;
import dev.citebot.telegram.render.SourceButtons;

import dev.citebot.store.ChatStateStore;

import dev.citebot.article.Paragraph;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.store.ArticleStore;
import dev.citebot.article.StoredArticle;

import java.util.List;
import java.util.Optional;

/**
 * Carries out what an update asks: answers questions (refusing empty and overlong ones) in the chat's
 * conversation, so that follow-ups are understood, runs commands, answers source-button presses and hints at text
 * for stickers and photos — each within the chat's rate limit.
 */
public final class UpdateHandler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UpdateHandler.class);
    private final ChatAnswerer answerer;
    private final ArticleStore articles;
    private final ChatStateStore chats;
    private final ChatRateLimiter limiter;
    private final Replies replies;
    private final ReplyRenderer renderer;
    private final Commands commands;
    private final int maxQuestionLength;
    private final ChatArticles visible;
    private final Additions additions;

    public UpdateHandler(ChatAnswerer answerer, ArticleStore articles, ChatStateStore chats,
                 ChatRateLimiter limiter, Replies replies, ReplyRenderer renderer, Commands commands,
                 int maxQuestionLength, ChatArticles visible, Additions additions) {
        this.visible = visible;
        this.additions = additions;
        this.answerer = answerer;
        this.articles = articles;
        this.chats = chats;
        this.limiter = limiter;
        this.replies = replies;
        this.renderer = renderer;
        this.commands = commands;
        this.maxQuestionLength = maxQuestionLength;
    }

    /**
     * @param sentAt when the user sent the message, on the rate limiter's clock, so that a backlog is not taken
     *               for a flood
     */
    void handle(Inbound inbound, long sentAt) {
        if (inbound instanceof Inbound.Ask a && admitted(a.chat(), a.messageId(), sentAt)) {
            ask(a.chat(), a.messageId(), a.question());
        } else if (inbound instanceof Inbound.Run r && admitted(r.chat(), r.messageId(), sentAt)) {
            run(r);
        } else if (inbound instanceof Inbound.Add a && admitted(a.chat(), a.messageId(), sentAt)) {
            additions.handle(a);
        } else if (inbound instanceof Inbound.NonText n && admitted(n.chat(), n.messageId(), sentAt)) {
            replies.text(n.chat(), n.messageId(), BotTexts.NON_TEXT);
        } else if (inbound instanceof Inbound.Press p) {
            press(p);
        }
    }

    private void run(Inbound.Run r) {
        if (r.command().name().equals(Command.ASK)) {
            if (r.command().argument().isEmpty()) {
                replies.text(r.chat(), r.messageId(), BotTexts.ASK_USAGE);
            } else {
                ask(r.chat(), r.messageId(), r.command().argument());
            }
        } else {
            commands.run(r.chat(), r.messageId(), r.command());
        }
    }

    private void ask(ChatRef chat, int messageId, String question) {
        if (question.isBlank()) {
            replies.text(chat, messageId, BotTexts.EMPTY_QUESTION);
            return;
        }
        if (question.length() > maxQuestionLength) {
            replies.text(chat, messageId, BotTexts.tooLong(maxQuestionLength));
            return;
        }
        replies.typing(chat);
        ChatAnswer answer = answerer.answer(chat.conversationId(), question, visible.scope(chat.id()));
        replies.blocks(chat, messageId, renderer.answer(answer, question),
                SourceButtons.keyboard(answer.answer().quotes()));
    }

    private void press(Inbound.Press p) {
        Optional<SourceRef> ref = SourceRef.parse(p.data());
        if (ref.isEmpty() || p.chat() == null) {
            replies.pressed(p.callbackId(), BotTexts.BAD_BUTTON);
            return;
        }
        ChatRateLimiter.Decision decision = limiter.acquire(p.chat().id());
        if (decision != ChatRateLimiter.Decision.ALLOW) {
            replies.pressed(p.callbackId(), BotTexts.SLOW_DOWN_SHORT);
            return;
        }
        Optional<StoredArticle> article = articles.find(ref.get().articleId())
                .filter(a -> ref.get().end() <= a.text().length() && visible.sees(p.chat().id(), a.id()));
        Optional<Paragraph> paragraph = article.flatMap(a -> holding(a.id(), ref.get().start()));
        if (paragraph.isEmpty()) {
            replies.pressed(p.callbackId(), BotTexts.STALE_BUTTON);
            return;
        }
        replies.pressed(p.callbackId(), SourceButtons.label(paragraph.get().number()));
        replies.blocks(p.chat(), p.messageId(),
                renderer.paragraph(article.get(), paragraph.get(), ref.get().start(), ref.get().end()),
                Optional.empty());
    }

    private Optional<Paragraph> holding(long articleId, int offset) {
        List<Paragraph> paragraphs = articles.paragraphs(articleId);
        return paragraphs.stream().filter(p -> p.start() <= offset && offset < p.end()).findFirst();
    }

    private boolean admitted(ChatRef chat, int messageId, long sentAt) {
        switch (limiter.acquire(chat.id(), sentAt)) {
            case ALLOW:
                return true;
            case SLOW_DOWN:
                LOG.info("chat {} is over its rate limit: told to slow down (message {})", chat.id(), messageId);
                replies.text(chat, messageId, BotTexts.SLOW_DOWN);
                return false;
            default:
                LOG.info("chat {} is over its rate limit: message {} not answered", chat.id(), messageId);
                return false;
        }
    }
}
