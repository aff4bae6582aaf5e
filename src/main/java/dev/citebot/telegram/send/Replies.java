package dev.citebot.telegram.send;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.render.MessageSplitter;
import dev.citebot.telegram.render.Block;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
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

    public void typing(ChatRef chat) {
        sender.optional(SendChatAction.builder().chatId(chat.id()).messageThreadId(chat.threadId())
                .action(ActionType.TYPING.toString()).build());
    }

    /** Answers a button press; {@code text} (may be null) shows briefly on the user's screen. */
    public void pressed(String callbackId, String text) {
        sender.optional(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
    }
}
