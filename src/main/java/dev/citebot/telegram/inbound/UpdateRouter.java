package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.BotIdentity;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Optional;

/**
 * Decides who is answered. In a private chat every text is a question (or a command). In a group or supergroup
 * only a command, a message that mentions the bot's {@code @username}, or a reply to one of the bot's messages
 * is; commands for another bot ({@code /ask@other_bot}), unknown commands not addressed to this bot, messages
 * from bots, channel posts and edits are ignored. Pure: it only reads the update.
 */
public final class UpdateRouter {
    private final BotIdentity me;

    public UpdateRouter(BotIdentity me) {
        this.me = me;
    }

    Inbound route(Update update) {
        if (update.hasCallbackQuery()) {
            return press(update.getCallbackQuery());
        }
        if (!update.hasMessage()) {
            return Inbound.Ignore.INSTANCE;
        }
        return message(update.getMessage());
    }

    private Inbound message(Message m) {
        Chat chat = m.getChat();
        if (chat == null || chat.isChannelChat() || fromABot(m.getFrom())) {
            return Inbound.Ignore.INSTANCE;
        }
        ChatRef where = chatRef(m);
        boolean direct = chat.isUserChat() || repliesToMe(m);
        if (!m.hasText()) {
            return direct ? new Inbound.NonText(where, m.getMessageId()) : Inbound.Ignore.INSTANCE;
        }
        String text = m.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            return commandFor(where, m.getMessageId(), command.get(), chat.isUserChat());
        }
        if (direct) {
            return new Inbound.Ask(where, m.getMessageId(), me.withoutMention(text));
        }
        return me.mentionedIn(text) ? new Inbound.Ask(where, m.getMessageId(), me.withoutMention(text))
                : Inbound.Ignore.INSTANCE;
    }

    private Inbound commandFor(ChatRef where, int messageId, Command c, boolean privateChat) {
        if (c.addressedElsewhere(me.username())) {
            return Inbound.Ignore.INSTANCE;
        }
        if (!privateChat && !c.known() && !c.addressedTo(me.username())) {
            return Inbound.Ignore.INSTANCE;
        }
        return new Inbound.Run(where, messageId, c);
    }

    private Inbound press(CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        boolean located = m != null && m.getChat() != null;
        return new Inbound.Press(located ? chatRef(m) : null, located ? m.getMessageId() : null, q.getId(),
                q.getData() == null ? "" : q.getData());
    }

    private boolean repliesToMe(Message m) {
        Message replied = m.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == me.id();
    }

    private static boolean fromABot(User from) {
        return from != null && Boolean.TRUE.equals(from.getIsBot());
    }

    private static ChatRef chatRef(MaybeInaccessibleMessage m) {
        Chat chat = m.getChat();
        boolean group = !chat.isUserChat();
        Integer thread = m instanceof Message full && full.isTopicMessage() ? full.getMessageThreadId() : null;
        return new ChatRef(chat.getId(), thread, group);
    }
}
