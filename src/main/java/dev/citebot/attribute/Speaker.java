package dev.citebot.attribute;

import java.util.Objects;

/**
 * The speaker of a sentence.
 *
 * @param name    canonical name: for a person the fullest mention of that name in the article ("Peskov" becomes
 *                "Dmitry Peskov"); for an organisation named with an article, the mention as written ("The Sunday
 *                Times", "the Kremlin"); for an unnamed speaker, the noun phrase as written ("a source")
 * @param mention the speaker mention as written in the sentence, {@code articleText.substring(start, end)}; for a
 *                pronoun speaker the pronoun itself ("he")
 * @param role    title or description split from the name ("Kremlin spokesman", "former Russian defense minister"),
 *                or null
 * @param start   offset of the mention in the article text
 * @param end     offset one past the mention
 */
public record Speaker(String name, String mention, String role, int start, int end) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
        }
    }
}
