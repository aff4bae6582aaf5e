package dev.citebot.attribute;

import java.util.Objects;

/**
 * An attribution as the index stores it.
 *
 * @param articleId   the article
 * @param source      the article's source (its path or resource name)
 * @param paragraph   1-based number of the paragraph where the content starts
 * @param attribution speaker, cue, content offsets and kind
 * @param content     the attributed text, {@code article.text.substring(contentStart, contentEnd)}
 */
public record IndexedAttribution(long articleId, String source, int paragraph, Attribution attribution,
                                 String content) {
    public IndexedAttribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(content, "content");
    }

    public Speaker speaker() {
        return attribution.speaker();
    }

    /**
     * How many words the content has, white space between them (the same count as
     * {@code content.strip().split("\\s+").length}, without a regular expression: it is counted for every
     * attribution of a speaker asked about); 1 for an empty content.
     */
    public int contentWords() {
        String s = content.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isSpace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }

    /** White space as {@code \s} matches it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
