package dev.citebot.answer;

/**
 * A verbatim span of a stored article. Invariant: {@code articleText.substring(start, end).equals(text)}.
 *
 * @param paragraph 1-based paragraph number holding the span's start
 * @param speaker   canonical name of whoever the span reports, or {@code null} for narration
 * @param role      the speaker's title or description, or {@code null}
 */
public record Quote(long articleId, String articleTitle, String source, int paragraph, int start, int end, String text,
                    String speaker, String role) {
}
