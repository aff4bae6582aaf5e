package dev.citebot.telegram.render;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerCount;
import dev.citebot.article.Paragraph;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.CitedQuote;
import dev.citebot.chat.ModelAnswer;
import dev.citebot.article.ArticleSummary;
import dev.citebot.article.StoredArticle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays out replies as {@link Block}s: each quote verbatim in a blockquote, then "— speaker, role" when known and
 * "article title, ¶N". All article, model and user text goes into spans, so it is always escaped.
 */
public final class ReplyRenderer {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /**
     * A conversation's answer to {@code asked}: how a follow-up was understood (when it was rewritten), then the
     * answer — for an LLM answer the model's words, each verified quote with its passage marker and the other
     * cited passages; else as {@link #answer(Answer)} — then, in italics, which model answered.
     */
    public List<Block> answer(ChatAnswer chat, String asked) {
        List<Block> blocks = new ArrayList<>();
        if (!chat.standalone().strip().equals(asked.strip())) {
            blocks.add(Block.of(Piece.of(Span.italic(BotTexts.understoodAs(chat.standalone())))));
        }
        blocks.addAll(chat.byModel().map(ReplyRenderer::modelAnswer).orElseGet(() -> answer(chat.answer())));
        chat.model().ifPresent(m -> blocks.add(Block.of(Piece.of(Span.italic(BotTexts.answeredBy(m))))));
        return blocks;
    }

    /** The answer's own words (a lead such as the speaker's name, or why it can't answer), then each quote. */
    public List<Block> answer(Answer answer) {
        List<Block> blocks = new ArrayList<>();
        if (!answer.lead().isBlank()) {
            blocks.add(Block.plain(answer.lead()));
        }
        answer.quotes().forEach(q -> blocks.add(quote(q, "")));
        return blocks;
    }

    /** The model's paragraphs, each verified quote with its passage's marker, then the cited passages no quote shows. */
    private static List<Block> modelAnswer(ModelAnswer answer) {
        List<Block> blocks = new ArrayList<>();
        Arrays.stream(PARAGRAPH_BREAK.split(answer.prose())).map(String::strip).filter(p -> !p.isEmpty())
                .forEach(p -> blocks.add(Block.plain(p)));
        Set<Integer> shown = new HashSet<>();
        for (CitedQuote q : answer.quotes()) {
            shown.add(q.passage());
            blocks.add(quote(q.quote(), "[" + q.passage() + "] "));
        }
        List<Piece> others = answer.cited().stream().filter(p -> !shown.contains(p.number()))
                .map(p -> Piece.of(Span.plain("[" + p.number() + "] " + p.citation()))).toList();
        if (!others.isEmpty()) {
            blocks.add(new Block(others));
        }
        return blocks;
    }

    /**
     * The whole paragraph, headed by its citation, with {@code [boldStart, boldEnd)} (article offsets, clipped
     * to the paragraph) in bold; pass equal offsets for no bold.
     */
    public List<Block> paragraph(StoredArticle article, Paragraph p, int boldStart, int boldEnd) {
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
    public Block articleList(String heading, List<ArticleSummary> articles, OptionalLong current) {
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

    /**
     * A speaker's attributions, each as an answer quote (content verbatim, "— speaker, role", citation), then
     * how many more there are when {@code more} is positive.
     *
     * @param titles article titles by id; an article missing from it is cited by its source
     */
    public List<Block> attributions(List<IndexedAttribution> shown, Map<Long, String> titles, int more) {
        List<Block> blocks = new ArrayList<>();
        for (IndexedAttribution a : shown) {
            Speaker s = a.speaker();
            blocks.add(new Block(List.of(Piece.quote(Span.plain(a.content())),
                    Piece.of(Span.plain("— "), Span.bold(s.name()), Span.plain(s.role() == null ? "" : ", " + s.role())),
                    citation(titles.getOrDefault(a.articleId(), a.source()), a.paragraph()))));
        }
        if (more > 0) {
            blocks.add(Block.of(Piece.of(Span.italic(BotTexts.moreQuotes(more)))));
        }
        return blocks;
    }

    /** A heading, then one line per speaker: name in bold, role, and how many quotes. */
    public Block speakers(String heading, List<SpeakerCount> speakers) {
        List<Piece> lines = new ArrayList<>();
        lines.add(Piece.of(Span.plain(heading)));
        for (SpeakerCount s : speakers) {
            lines.add(Piece.of(Span.plain("• "), Span.bold(s.name()),
                    Span.plain((s.role() == null ? "" : ", " + s.role()) + " — " + BotTexts.quoteCount(s.attributions()))));
        }
        return new Block(lines);
    }

    /** A heading followed by one bulleted line per item. */
    public Block bullets(String heading, List<String> items) {
        List<Piece> lines = new ArrayList<>();
        lines.add(Piece.of(Span.plain(heading)));
        items.forEach(item -> lines.add(Piece.of(Span.plain("• " + item))));
        return new Block(lines);
    }

    static Piece citation(String title, int paragraph) {
        return Piece.of(Span.italic(title), Span.plain(", ¶" + paragraph));
    }

    /** The quote, its speaker and its citation, which {@code marker} (may be empty) precedes. */
    private static Block quote(Quote q, String marker) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(Piece.quote(Span.plain(q.text())));
        if (q.speaker() != null) {
            pieces.add(Piece.of(Span.plain("— "), Span.bold(q.speaker()),
                    Span.plain(q.role() == null ? "" : ", " + q.role())));
        }
        pieces.add(marker.isEmpty() ? citation(q.articleTitle(), q.paragraph())
                : Piece.of(Span.plain(marker), Span.italic(q.articleTitle()), Span.plain(", ¶" + q.paragraph())));
        return new Block(pieces);
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
