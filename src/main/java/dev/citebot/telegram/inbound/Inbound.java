package dev.citebot.telegram.inbound;

import dev.citebot.telegram.api.ChatRef;

/** What an update asks citebot to do, as decided by {@link UpdateRouter}. */
sealed interface Inbound {

    /** Nothing: chatter in a group, a message from a bot, an update type citebot does not handle. */
    enum Ignore implements Inbound { INSTANCE }

    /** A question to answer with quotes. */
    record Ask(ChatRef chat, int messageId, String question) implements Inbound {
    }

    /** A command to run. */
    record Run(ChatRef chat, int messageId, Command command) implements Inbound {
    }

    /** Something to add to the library, or {@code /remove}; {@code userId} is who sent it. */
    record Add(ChatRef chat, int messageId, long userId, Addition what) implements Inbound {
    }

    /** A sticker, photo, voice note or other message without text, addressed to citebot. */
    record NonText(ChatRef chat, int messageId) implements Inbound {
    }

    /**
     * A press on a source button.
     *
     * @param chat      where the button's message is, or {@code null} when Telegram does not say
     * @param messageId the message the button is under, or {@code null}
     */
    record Press(ChatRef chat, Integer messageId, String callbackId, String data) implements Inbound {
    }
}
