package dev.citebot.chat;

/**
 * A passage a model's answer cites, under the number the model was shown it with.
 *
 * @param number    the passage's marker in the answer ({@code [2]}), 1-based
 * @param paragraph 1-based paragraph of the article holding the passage
 * @param speaker   canonical name of whoever the passage reports, or {@code null} for narration
 * @param role      the speaker's title or description, or {@code null}
 */
public record CitedPassage(int number, String articleTitle, int paragraph, String speaker, String role) {

    /** {@code Dmitry Peskov, Kremlin spokesman · Title, ¶3}; without a speaker, {@code Title, ¶3}. */
    public String citation() {
        String who = speaker == null ? "" : speaker + (role == null ? "" : ", " + role) + " · ";
        return who + articleTitle + ", ¶" + paragraph;
    }
}
