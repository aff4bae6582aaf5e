package dev.citebot.store;

import dev.citebot.article.Scope;

/** Each chat's article scope, kept across restarts. A chat never scoped is about {@link Scope#ALL}. */
public interface ChatStateStore {

    /** The article the chat's questions are about, or {@link Scope#ALL}. */
    Scope scope(long chatId);

    /** Scopes the chat's questions to one article, or to all of them for {@link Scope#ALL}. */
    void setScope(long chatId, Scope scope);
}
