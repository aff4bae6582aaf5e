package dev.citebot.ingest;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;
import dev.citebot.article.TextRange;
import dev.citebot.text.Spaces;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into numbered paragraphs and news-aware sentences whose offsets index exactly into
 * {@link ParsedArticle#text()}. Runs in time linear in the text length.
 *
 * <p>Paragraphs are runs of lines separated by blank lines ({@code \n}, {@code \r\n} or {@code \r} line ends),
 * trimmed of blank space. The title line (the first non-blank line, when it reads as the title) is not a
 * paragraph, nor, in Markdown sources ({@code .md}, {@code .markdown}), is any heading line. Sentences are
 * found by {@link SentenceScanner} and quotations spanning several of them are rejoined by {@link QuoteMerger};
 * a sentence never crosses a paragraph.
 */
public final class ArticleSplitter {

    /** The paragraphs (numbered from 1) and sentences (indexed from 0 across the article) of {@code article}. */
    public ArticleStructure split(ParsedArticle article) {
        String text = article.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (TextRange block : paragraphs(article)) {
            int number = paragraphs.size() + 1;
            paragraphs.add(new Paragraph(number, block.start(), block.end()));
            List<TextRange> ordinary = SentenceScanner.sentences(text, block.start(), block.end());
            for (TextRange range : QuoteMerger.merge(text, block.start(), block.end(), ordinary)) {
                sentences.add(new Sentence(number, sentences.size(), range.start(), range.end()));
            }
        }
        return new ArticleStructure(paragraphs, sentences);
    }

    private static List<TextRange> paragraphs(ParsedArticle article) {
        String text = article.text();
        String title = Spaces.strip(article.title());
        boolean markdown = FileFormat.of(article.source()).filter(FileFormat.MARKDOWN::equals).isPresent();
        List<TextRange> blocks = new ArrayList<>();
        boolean titleSeen = false;
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            boolean blank = Spaces.isBlank(text, lineStart, lineEnd);
            boolean skipped = blank || markdown && Lines.isAtxHeading(text, lineStart, lineEnd);
            if (!blank && !titleSeen) {
                titleSeen = true;
                skipped |= Spaces.strip(text.substring(lineStart, lineEnd)).equals(title);
            }
            if (skipped && blockStart >= 0) {
                blocks.add(trimmed(text, blockStart, blockEnd));
                blockStart = -1;
            } else if (!skipped) {
                blockStart = blockStart < 0 ? lineStart : blockStart;
                blockEnd = lineEnd;
            }
            lineStart = nextLine(text, lineEnd);
        }
        if (blockStart >= 0) {
            blocks.add(trimmed(text, blockStart, blockEnd));
        }
        return blocks;
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int nextLine(String text, int lineEnd) {
        int next = lineEnd;
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        return next;
    }

    private static TextRange trimmed(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Spaces.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && Spaces.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return new TextRange(from, to);
    }
}
