package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.MessageSplitter;
import dev.citebot.telegram.render.Block;

import dev.citebot.telegram.api.TelegramException;
import dev.citebot.telegram.render.Html;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

import java.util.List;
import java.util.Optional;

/** Sends replies: splits blocks into messages, each a reply to the message answered, buttons under the last. */
public final class Replies {
    private final Sender sender;
    private final MessageSplitter splitter;

    public Replies(Sender sender, MessageSplitter splitter) {
        this.sender = sender;
        this.splitter = splitter;
    }

    public void blocks(ChatRef chat, Integer replyTo, List<Block> blocks, Optional<InlineKeyboardMarkup> keyboard) {
        List<String> messages = splitter.split(blocks);
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.send(new OutgoingMessage(chat, replyTo, messages.get(i), last ? keyboard : Optional.empty()));
        }
    }

    public void text(ChatRef chat, Integer replyTo, String text) {
        blocks(chat, replyTo, List.of(Block.plain(text)), Optional.empty());
    }

    /** Sends one message of at most one message's worth of HTML. */
    public void html(ChatRef chat, Integer replyTo, String html) {
        sender.send(new OutgoingMessage(chat, replyTo, html, Optional.empty()));
    }

    /**
     * Sends a short plain-text message (a progress note) and returns its id, so that {@link #edit} can replace it.
     */
    public int note(ChatRef chat, Integer replyTo, String text) {
        return sender.send(new OutgoingMessage(chat, replyTo, Html.escape(text), Optional.empty())).getMessageId();
    }

    /**
     * Replaces the text of a message the bot sent with {@code html} (one message's worth); if Telegram refuses the
     * edit, sends {@code html} as a new reply to {@code replyTo} instead.
     */
    public void edit(ChatRef chat, int messageId, Integer replyTo, String html) {
        try {
            sender.call(EditMessageText.builder().chatId(chat.id()).messageId(messageId).text(html)
                    .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .build());
        } catch (TelegramException e) {
            sender.send(new OutgoingMessage(chat, replyTo, html, Optional.empty()));
        }
    }

    public void typing(ChatRef chat) {
        sender.optional(SendChatAction.builder().chatId(chat.id()).messageThreadId(chat.threadId())
                .action(ActionType.TYPING.toString()).build());
    }

    /** Answers a button press; {@code text} (may be null) shows briefly on the user's screen. */
    public void pressed(String callbackId, String text) {
        sender.optional(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
    }
}
