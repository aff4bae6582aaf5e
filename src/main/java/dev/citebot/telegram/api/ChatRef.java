package dev.citebot.telegram.api;

/**
 * Where a reply goes.
 *
 * @param id       the Telegram chat id
 * @param threadId the forum topic of the message answered, or {@code null}
 * @param group    true for groups and supergroups, whose sending limits are stricter
 */
public record ChatRef(long id, Integer threadId, boolean group) {
    public static final String CONVERSATION_PREFIX = "telegram:";

    /** The chat's conversation memory: one per Telegram chat, shared by its forum topics. */
    public String conversationId() {
        return CONVERSATION_PREFIX + id;
    }
}
