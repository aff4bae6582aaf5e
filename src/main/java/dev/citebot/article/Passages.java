package dev.citebot.article;


import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

/**
 * How a sentence travels as a LangChain4j {@link TextSegment}: its text plus metadata naming the article and
 * the exact offsets. Ingest writes segments this way and retrieval reads them back, so the keys live here
 * and nowhere else.
 */
public final class Passages {
    public static final String ARTICLE_ID = "article_id";
    public static final String PARAGRAPH = "paragraph";
    public static final String SENTENCE = "sentence";
    public static final String START = "start";
    public static final String END = "end";

    private Passages() {
    }

    public static TextSegment segment(long articleId, Sentence sentence, String articleText) {
        Metadata metadata = new Metadata()
                .put(ARTICLE_ID, articleId)
                .put(PARAGRAPH, sentence.paragraph())
                .put(SENTENCE, sentence.index())
                .put(START, sentence.start())
                .put(END, sentence.end());
        return TextSegment.from(sentence.text(articleText), metadata);
    }

    /** True when the segment carries the keys written by {@link #segment}. */
    public static boolean isPassage(TextSegment segment) {
        Metadata m = segment.metadata();
        return m.containsKey(ARTICLE_ID) && m.containsKey(PARAGRAPH) && m.containsKey(START) && m.containsKey(END);
    }

    public static long articleId(TextSegment segment) {
        return segment.metadata().getLong(ARTICLE_ID);
    }

    public static Sentence sentence(TextSegment segment) {
        Metadata m = segment.metadata();
        Integer index = m.getInteger(SENTENCE);
        return new Sentence(m.getInteger(PARAGRAPH), index == null ? 0 : index, m.getInteger(START), m.getInteger(END));
    }
}
