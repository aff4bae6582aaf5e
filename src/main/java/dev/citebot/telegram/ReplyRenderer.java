package dev.citebot.telegram;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.ingest.Paragraph;
import dev.citebot.store.ArticleSummary;
import dev.citebot.store.StoredArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Lays out replies as {@link Block}s: each quote verbatim in a blockquote, then "— speaker, role" when known and
 * "article title, ¶N". All article and user text goes into spans, so it is always escaped.
 */
final class ReplyRenderer {

    /** The answer's own words (a lead such as the speaker's name, or why it can't answer), then each quote. */
    List<Block> answer(Answer answer) {
        List<Block> blocks = new ArrayList<>();
        String preamble = preamble(answer);
        if (!preamble.isBlank()) {
            blocks.add(Block.plain(preamble));
        }
        answer.quotes().forEach(q -> blocks.add(quote(q)));
        return blocks;
    }

    /**
     * The whole paragraph, headed by its citation, with {@code [boldStart, boldEnd)} (article offsets, clipped
     * to the paragraph) in bold; pass equal offsets for no bold.
     */
    List<Block> paragraph(StoredArticle article, Paragraph p, int boldStart, int boldEnd) {
        String text = article.text();
        int from = clamp(boldStart, p.start(), p.end());
        int to = clamp(boldEnd, from, p.end());
        List<Span> body = new ArrayList<>();
        addIfAny(body, Span.plain(text.substring(p.start(), from)));
        addIfAny(body, Span.bold(text.substring(from, to)));
        addIfAny(body, Span.plain(text.substring(to, p.end())));
        return List.of(Block.of(citation(article.title(), p.number())), new Block(List.of(new Piece(false, body))));
    }

    /** A numbered list, 1-based in {@code /article N} order, marking the chat's current article. */
    Block articleList(String heading, List<ArticleSummary> articles, OptionalLong current) {
        List<Piece> lines = new ArrayList<>();
        lines.add(Piece.of(Span.plain(heading)));
        for (int i = 0; i < articles.size(); i++) {
            ArticleSummary a = articles.get(i);
            boolean chosen = current.isPresent() && current.getAsLong() == a.id();
            lines.add(Piece.of(Span.plain((i + 1) + ". "), Span.italic(a.title()),
                    Span.plain(chosen ? " (current)" : "")));
        }
        return new Block(lines);
    }

    /** A heading followed by one bulleted line per item. */
    Block bullets(String heading, List<String> items) {
        List<Piece> lines = new ArrayList<>();
        lines.add(Piece.of(Span.plain(heading)));
        items.forEach(item -> lines.add(Piece.of(Span.plain("• " + item))));
        return new Block(lines);
    }

    static Piece citation(String title, int paragraph) {
        return Piece.of(Span.italic(title), Span.plain(", ¶" + paragraph));
    }

    private static Block quote(Quote q) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(Piece.quote(Span.plain(q.text())));
        if (q.speaker() != null) {
            pieces.add(Piece.of(Span.plain("— "), Span.bold(q.speaker()),
                    Span.plain(q.role() == null ? "" : ", " + q.role())));
        }
        pieces.add(citation(q.articleTitle(), q.paragraph()));
        return new Block(pieces);
    }

    /**
     * The text the answer puts before its first quote. {@link Answer#text()} is the plain rendering: the lead,
     * then each quote as “text”; without quotes it is all preamble.
     */
    static String preamble(Answer answer) {
        if (answer.quotes().isEmpty()) {
            return answer.text();
        }
        int at = answer.text().indexOf("“" + answer.quotes().get(0).text());
        if (at >= 0) {
            return answer.text().substring(0, at).strip();
        }
        return answer.answered() ? "" : answer.text().split("\n\n", 2)[0];
    }

    private static void addIfAny(List<Span> spans, Span span) {
        if (!span.text().isEmpty()) {
            spans.add(span);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
