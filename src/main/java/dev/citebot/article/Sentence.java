package dev.citebot.article;

/**
 * A sentence of an article: {@code text.substring(start, end)}. A quotation that spans several
 * grammatical sentences stays in one {@code Sentence}.
 *
 * @param paragraph 1-based number of the paragraph that holds it
 * @param index     0-based position among all sentences of the article
 * @param start     offset of the first character in the article text
 * @param end       offset one past the last character
 */
public record Sentence(int paragraph, int index, int start, int end) {
    public Sentence {
        if (paragraph < 1 || index < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + start + "," + end + ")");
        }
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
