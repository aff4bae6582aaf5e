package dev.citebot.chat;

import dev.citebot.article.Scope;

import java.util.OptionalLong;

/**
 * A follow-up rewritten into a standalone question.
 *
 * @param question the standalone question
 * @param article  the article a pronoun was resolved to ("what else does it say?"), if one was
 */
public record FollowUp(String question, OptionalLong article) {

    public static FollowUp of(String question) {
        return new FollowUp(question, OptionalLong.empty());
    }

    /** The scope to answer in: the resolved article when the question was about all articles. */
    Scope narrow(Scope scope) {
        return article.isPresent() && scope.articleId().isEmpty() ? scope.narrowTo(article.getAsLong()) : scope;
    }
}
