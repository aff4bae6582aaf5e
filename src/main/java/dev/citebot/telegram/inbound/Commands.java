package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.ReplyRenderer;
import dev.citebot.telegram.render.Block;
import dev.citebot.telegram.send.Replies;
import dev.citebot.telegram.api.BotIdentity;
import dev.citebot.telegram.render.BotTexts;

import dev.citebot.store.ChatStateStore;

import dev.citebot.article.Paragraph;
import dev.citebot.chat.ChatAnswerer;
import dev.citebot.article.Scope;
import dev.citebot.store.ArticleStore;
import dev.citebot.article.ArticleSummary;
import dev.citebot.article.StoredArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The commands other than {@code /ask}: {@code /start}, {@code /help}, {@code /articles}, {@code /article N}
 * (stored per chat), {@code /source N}, {@code /quotes NAME},
 * {@code /speakers} and {@code /new} (forgets the chat's conversation memory). Articles are
 * numbered 1, 2, ... in id order, as {@code /articles} lists them.
 */
public final class Commands {
    private final ChatAnswerer answerer;
    private final ArticleStore articles;
    private final ChatStateStore chats;
    private final Replies replies;
    private final ReplyRenderer renderer;
    private final BotIdentity me;
    private final List<String> examples;
    private final QuoteCommands quotes;
    private final ChatArticles visible;

    public Commands(ChatAnswerer answerer, ArticleStore articles, ChatStateStore chats, Replies replies,
             ReplyRenderer renderer, BotIdentity me, List<String> examples, QuoteCommands quotes,
             ChatArticles visible) {
        this.visible = visible;
        this.answerer = answerer;
        this.articles = articles;
        this.chats = chats;
        this.replies = replies;
        this.renderer = renderer;
        this.me = me;
        this.examples = List.copyOf(examples);
        this.quotes = quotes;
    }

    void run(ChatRef chat, int messageId, Command command) {
        switch (command.name()) {
            case Command.START -> send(chat, messageId, start(chat));
            case Command.HELP -> send(chat, messageId, List.of(help()));
            case Command.ARTICLES -> send(chat, messageId, List.of(list(chat)));
            case Command.ARTICLE -> replies.text(chat, messageId, choose(chat, command.argument()));
            case Command.SOURCE -> source(chat, messageId, command.argument());
            case Command.NEW -> forget(chat, messageId);
            case Command.QUOTES -> quotes.quotes(chat, messageId, command.argument());
            case Command.SPEAKERS -> quotes.speakers(chat, messageId);
            default -> replies.text(chat, messageId, BotTexts.unknownCommand(command.name()));
        }
    }

    private List<Block> start(ChatRef chat) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.plain(BotTexts.INTRO));
        blocks.add(list(chat));
        if (!examples.isEmpty()) {
            blocks.add(renderer.bullets(BotTexts.EXAMPLES_HEADING, examples));
        }
        blocks.add(Block.plain(String.join("\n", BotTexts.groupHint(me.username()), BotTexts.MEMORY_HINT,
                BotTexts.SOURCE_HINT, BotTexts.QUOTES_HINT, BotTexts.SEE_HELP)));
        return blocks;
    }

    private Block help() {
        return renderer.bullets(BotTexts.COMMANDS_HEADING, BotTexts.help(me.username()));
    }

    private Block list(ChatRef chat) {
        List<ArticleSummary> all = visible.visible(chat.id());
        if (all.isEmpty()) {
            return Block.plain(BotTexts.NO_ARTICLES);
        }
        return renderer.articleList(BotTexts.ARTICLES_HEADING, all, chats.scope(chat.id()).articleId());
    }

    private String choose(ChatRef chat, String argument) {
        if (argument.toLowerCase(Locale.ROOT).equals("all")) {
            chats.setScope(chat.id(), Scope.ALL);
            return BotTexts.SCOPE_ALL;
        }
        OptionalInt number = number(argument);
        if (number.isEmpty()) {
            return BotTexts.ARTICLE_USAGE;
        }
        List<ArticleSummary> all = visible.visible(chat.id());
        if (number.getAsInt() > all.size()) {
            return BotTexts.noSuchArticle(all.size());
        }
        ArticleSummary chosen = all.get(number.getAsInt() - 1);
        chats.setScope(chat.id(), Scope.article(chosen.id()));
        return BotTexts.scopedTo(number.getAsInt(), chosen.title());
    }

    private void forget(ChatRef chat, int messageId) {
        answerer.forget(chat.conversationId());
        replies.text(chat, messageId, BotTexts.FORGOTTEN);
    }

    private void source(ChatRef chat, int messageId, String argument) {
        OptionalInt number = number(argument);
        if (number.isEmpty()) {
            replies.text(chat, messageId, BotTexts.SOURCE_USAGE);
            return;
        }
        Optional<StoredArticle> article = current(chat);
        if (article.isEmpty()) {
            replies.text(chat, messageId, BotTexts.CHOOSE_ARTICLE);
            return;
        }
        List<Paragraph> paragraphs = articles.paragraphs(article.get().id());
        if (number.getAsInt() > paragraphs.size()) {
            replies.text(chat, messageId, BotTexts.noSuchParagraph(paragraphs.size()));
            return;
        }
        Paragraph p = paragraphs.get(number.getAsInt() - 1);
        send(chat, messageId, renderer.paragraph(article.get(), p, p.start(), p.start()));
    }

    /** The chat's article, or the only article when the chat has none chosen and there is just one. */
    private Optional<StoredArticle> current(ChatRef chat) {
        OptionalLong chosen = visible.scope(chat.id()).articleId();
        if (chosen.isPresent()) {
            return articles.find(chosen.getAsLong()).filter(a -> visible.sees(chat.id(), a.id()));
        }
        List<ArticleSummary> all = visible.visible(chat.id());
        return all.size() == 1 ? articles.find(all.get(0).id()) : Optional.empty();
    }

    private void send(ChatRef chat, int messageId, List<Block> blocks) {
        replies.blocks(chat, messageId, blocks, Optional.empty());
    }

    private static OptionalInt number(String argument) {
        if (!argument.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(argument);
        return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
