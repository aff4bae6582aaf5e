package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;
import dev.citebot.telegram.api.BotIdentity;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginChannel;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides who is answered. In a private chat every text is a question (or a command). In a group or supergroup
 * only a command, a message that mentions the bot's {@code @username}, or a reply to one of the bot's messages
 * is; commands for another bot ({@code /ask@other_bot}), unknown commands not addressed to this bot, messages
 * from bots, channel posts and edits are ignored. Pure: it only reads the update.
 *
 * <p>Additions to the library: {@code /add URL} and {@code /remove N} in any chat; in a private chat also a
 * message that is a link (alone or with at most {@value #WORDS_WITH_LINK} other words), a document, a forwarded
 * channel post and a text longer than the longest question.
 */
public final class UpdateRouter {
    static final int WORDS_WITH_LINK = 8;
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private final BotIdentity me;
    private final int longestQuestion;

    public UpdateRouter(BotIdentity me) {
        this(me, 1_000);
    }

    /** @param longestQuestion a private text longer than this is an article to add, not a question */
    public UpdateRouter(BotIdentity me, int longestQuestion) {
        this.me = me;
        this.longestQuestion = longestQuestion;
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
        long user = m.getFrom() == null ? 0 : m.getFrom().getId();
        if (chat.isUserChat()) {
            Optional<Addition> addition = privateAddition(m);
            if (addition.isPresent()) {
                return new Inbound.Add(where, m.getMessageId(), user, addition.get());
            }
        }
        if (!m.hasText()) {
            return direct ? new Inbound.NonText(where, m.getMessageId()) : Inbound.Ignore.INSTANCE;
        }
        String text = m.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            Inbound run = commandFor(where, m.getMessageId(), command.get(), chat.isUserChat());
            return run instanceof Inbound.Run r ? library(r, user) : run;
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

    private static Inbound library(Inbound.Run r, long user) {
        return switch (r.command().name()) {
            case Command.ADD -> new Inbound.Add(r.chat(), r.messageId(), user, link(r.command().argument())
                    .<Addition>map(Addition.Link::new).orElse(Addition.Usage.INSTANCE));
            case Command.REMOVE -> new Inbound.Add(r.chat(), r.messageId(), user,
                    new Addition.Remove(r.command().argument()));
            default -> r;
        };
    }

    /** A document, a forwarded channel post, a link or a long text, in a private chat. */
    private Optional<Addition> privateAddition(Message m) {
        if (m.hasDocument()) {
            Document d = m.getDocument();
            return Optional.of(new Addition.Document(d.getFileId(), d.getFileName() == null ? "" : d.getFileName(),
                    d.getFileSize() == null ? 0 : d.getFileSize()));
        }
        String text = m.hasText() ? m.getText() : m.getCaption();
        if (text == null || text.isBlank() || Command.parse(text).isPresent()) {
            return Optional.empty();
        }
        if (m.getForwardOrigin() instanceof MessageOriginChannel channel) {
            return Optional.of(new Addition.Text(text, postSource(channel)));
        }
        Optional<String> link = link(text);
        if (link.isPresent()) {
            int words = text.replace(link.get(), " ").strip().isEmpty() ? 0
                    : text.replace(link.get(), " ").strip().split("\\s+").length;
            return words <= WORDS_WITH_LINK ? link.map(Addition.Link::new) : Optional.empty();
        }
        return text.length() > longestQuestion ? Optional.of(new Addition.Text(text, "pasted text"))
                : Optional.empty();
    }

    /** The one http(s) link in {@code text}, without trailing punctuation; empty when there is none or several. */
    static Optional<String> link(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String found = m.group().replaceAll("[.,;:!?)\\]}'’”]+$", "");
        return m.find() ? Optional.empty() : Optional.of(found);
    }

    private static String postSource(MessageOriginChannel channel) {
        Chat c = channel.getChat();
        if (c != null && c.getUserName() != null && channel.getMessageId() != null) {
            return "https://t.me/" + c.getUserName() + "/" + channel.getMessageId();
        }
        return "forwarded post" + (c != null && c.getTitle() != null ? " from " + c.getTitle() : "");
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
