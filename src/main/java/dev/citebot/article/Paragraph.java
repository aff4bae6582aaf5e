package dev.citebot.article;

/**
 * A body paragraph of an article: {@code text.substring(start, end)}, trimmed of surrounding blank space.
 *
 * @param number 1-based paragraph number as shown to users (the title line is not a paragraph)
 * @param start  offset of the first character in the article text
 * @param end    offset one past the last character
 */
public record Paragraph(int number, int start, int end) {
    public Paragraph {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph " + number + " [" + start + "," + end + ")");
        }
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
