package dev.citebot.retrieve;

import dev.citebot.article.Passages;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;

import java.util.Map;

/**
 * How our own retrievers label what they return, so the aggregator knows which channel found a span: the
 * dense retriever returns stored segments unchanged; the lexical and phrase retrievers return copies
 * tagged with {@link #CHANNEL}.
 */
final class RetrievedPassages {
    static final String CHANNEL = "channel";
    static final String LEXICAL = "lexical";
    static final String PHRASE = "phrase";

    private RetrievedPassages() {
    }

    static Content content(String text, long articleId, int paragraph, int start, int end, String channel, double score) {
        Metadata metadata = new Metadata()
                .put(Passages.ARTICLE_ID, articleId)
                .put(Passages.PARAGRAPH, paragraph)
                .put(Passages.START, start)
                .put(Passages.END, end)
                .put(CHANNEL, channel);
        return Content.from(TextSegment.from(text, metadata), Map.of(ContentMetadata.SCORE, score));
    }

    static String channel(Content content) {
        String c = content.textSegment().metadata().getString(CHANNEL);
        return c == null ? "dense" : c;
    }
}
