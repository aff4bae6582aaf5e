package dev.citebot.attribute;

import java.util.Objects;
import java.util.Optional;

/**
 * An attribution as the index holds it: the article, its source, the paragraph where the content starts, the
 * attribution (speaker, cue, content offsets and kind), and its content, the article's text between the content
 * offsets.
 * <p>
 * The index does not keep the contents of what it holds in memory ({@link #readOnDemand}): at a million passages they
 * were about half of the attributions' 200 MB, and only the few attributions an answer shows need them. Such an
 * attribution keeps the number of its content's words (ranking needs it for every attribution of a speaker) and
 * reads the content from the article's stored text when {@link #content()} is called. Not a record for that reason;
 * equal when article, source, paragraph and attribution are, which decide the content.
 */
public final class IndexedAttribution {
    private final long articleId;
    private final String source;
    private final int paragraph;
    private final Attribution attribution;
    private final int contentWords;
    /** The content, or null when it is read from {@link #texts}. */
    private final String content;
    private final ArticleTexts texts;

    /** The text of a stored article, read when an attribution's content is asked for. */
    @FunctionalInterface
    public interface ArticleTexts {
        /** The article's text; empty when the article is no longer stored. */
        Optional<String> text(long articleId);
    }

    /**
     * An attribution with its content at hand.
     *
     * @param content the attributed text, {@code article.text.substring(contentStart, contentEnd)}
     */
    public IndexedAttribution(long articleId, String source, int paragraph, Attribution attribution, String content) {
        this(articleId, source, paragraph, attribution, words(Objects.requireNonNull(content, "content")), content,
                null);
    }

    private IndexedAttribution(long articleId, String source, int paragraph, Attribution attribution,
                               int contentWords, String content, ArticleTexts texts) {
        this.articleId = articleId;
        this.source = Objects.requireNonNull(source, "source");
        this.paragraph = paragraph;
        this.attribution = Objects.requireNonNull(attribution, "attribution");
        this.contentWords = contentWords;
        this.content = content;
        this.texts = texts;
    }

    /**
     * An attribution whose content is read from {@code texts} each time it is asked for.
     *
     * @param content the attributed text as read now: only its words are counted and kept
     */
    public static IndexedAttribution readOnDemand(long articleId, String source, int paragraph, Attribution attribution,
                                                  String content, ArticleTexts texts) {
        return new IndexedAttribution(articleId, source, paragraph, attribution, words(content), null,
                Objects.requireNonNull(texts, "texts"));
    }

    public long articleId() {
        return articleId;
    }

    public String source() {
        return source;
    }

    /** 1-based number of the paragraph where the content starts. */
    public int paragraph() {
        return paragraph;
    }

    public Attribution attribution() {
        return attribution;
    }

    public Speaker speaker() {
        return attribution.speaker();
    }

    /**
     * The attributed text. For an attribution {@linkplain #readOnDemand read on demand} one read of the article's
     * text from the store, and the empty string once the article is no longer stored (deleted while a question
     * was answered).
     */
    public String content() {
        if (content != null) {
            return content;
        }
        return cut(texts.text(articleId).orElse(null));
    }

    /**
     * This attribution with its content cut from {@code articleText}, its article's text (empty for null, an article
     * no longer stored).
     */
    public IndexedAttribution withContentFrom(String articleText) {
        return new IndexedAttribution(articleId, source, paragraph, attribution, cut(articleText));
    }

    private String cut(String articleText) {
        return articleText == null || attribution.contentEnd() > articleText.length() ? ""
                : articleText.substring(attribution.contentStart(), attribution.contentEnd());
    }

    /**
     * How many words the content has, white space between them (the same count as
     * {@code content.strip().split("\\s+").length}, without a regular expression: it is counted for every
     * attribution of a speaker asked about); 1 for an empty content.
     */
    public int contentWords() {
        return contentWords;
    }

    private static int words(String content) {
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

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedAttribution other && articleId == other.articleId && paragraph == other.paragraph
                && source.equals(other.source) && attribution.equals(other.attribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, source, paragraph, attribution);
    }

    @Override
    public String toString() {
        return "IndexedAttribution[articleId=" + articleId + ", source=" + source + ", paragraph=" + paragraph
                + ", attribution=" + attribution + (content != null ? ", content=" + content : "") + "]";
    }
}
