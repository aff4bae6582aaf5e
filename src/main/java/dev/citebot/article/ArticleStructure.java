package dev.citebot.article;

import java.util.List;

/** The paragraphs and sentences of one article, in order, with offsets into its text. */
public record ArticleStructure(List<Paragraph> paragraphs, List<Sentence> sentences) {
    public ArticleStructure {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
