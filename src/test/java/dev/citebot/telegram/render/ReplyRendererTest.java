package dev.citebot.telegram.render;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Quote;
import dev.citebot.article.Paragraph;
import dev.citebot.chat.ChatAnswer;
import dev.citebot.chat.CitedPassage;
import dev.citebot.chat.CitedQuote;
import dev.citebot.chat.ModelAnswer;
import dev.citebot.chat.llm.LlmAnswerer;
import dev.citebot.article.ArticleSummary;
import dev.citebot.article.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyRendererTest {
    private static final String TITLE = "Pier <Delay> & Costs";
    private static final String TEXT = TITLE + "\n\nThe board met on Monday. “We will not cut <corners> & costs,” "
            + "said Ann Lee, the chair.\n\nThe mayor disagreed.";
    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void eachQuoteIsABlockquoteThenSpeakerRoleThenTitleAndParagraph() {
        Quote q = quote("“We will not cut <corners> & costs,” said Ann Lee, the chair.", "Ann Lee", "the chair");
        Answer a = new Answer("What did Ann Lee say?", true, "", "“" + q.text() + "”\n— ...", List.of(q), "x", 3);

        String html = html(renderer.answer(a));

        assertThat(html).isEqualTo("<blockquote>“We will not cut &lt;corners&gt; &amp; costs,” said Ann Lee, "
                + "the chair.</blockquote>\n— <b>Ann Lee</b>, the chair\n<i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶1");
        assertThat(TelegramHtml.problem(html)).isNull();
    }

    @Test
    void withoutASpeakerOnlyTheCitationFollows() {
        Quote q = quote("The board met on Monday.", null, null);
        Answer a = new Answer("When?", true, "", "“The board met on Monday.”\n— x", List.of(q), "extractive", 1);

        assertThat(html(renderer.answer(a)))
                .isEqualTo("<blockquote>The board met on Monday.</blockquote>\n"
                        + "<i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶1");
    }

    @Test
    void aLeadBeforeTheFirstQuoteIsKeptAsItsOwnParagraph() {
        Quote q = quote("The board met on Monday.", "Ann Lee", null);
        String text = "Ann Lee.\n\n“The board met on Monday.”\n— Ann Lee";
        Answer a = new Answer("Who?", true, "Ann Lee.", text, List.of(q), "x", 1);

        List<Block> blocks = renderer.answer(a);

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).html()).isEqualTo("Ann Lee.");
    }

    @Test
    void aRefusalShowsItsReasonAndTheClosestPassage() {
        Quote q = quote("The mayor disagreed.", null, null);
        String lead = "The article doesn't say.\n\nClosest passage (it may not answer the question):";
        Answer a = new Answer("Why <now>?", false, lead, lead + "\n“The mayor disagreed.”\n— x", List.of(q),
                "extractive", 1);

        String html = html(renderer.answer(a));

        assertThat(html).startsWith("The article doesn't say.\n\nClosest passage (it may not answer the question):\n\n"
                + "<blockquote>The mayor disagreed.</blockquote>");
    }

    @Test
    void aRefusalWithoutQuotesIsItsTextEscaped() {
        String reason = "The article doesn't mention <Bob>.";
        Answer a = new Answer("Who is <Bob>?", false, reason, reason, List.of(), "extractive", 1);

        assertThat(html(renderer.answer(a))).isEqualTo("The article doesn't mention &lt;Bob&gt;.");
    }

    @Test
    void aParagraphShowsTheQuotedSpanInBold() {
        StoredArticle article = article();
        int p2 = TEXT.indexOf("The board");
        Paragraph p = new Paragraph(1, p2, TEXT.indexOf("\n\nThe mayor"));
        int start = TEXT.indexOf("“We");
        int end = TEXT.indexOf(" said Ann");

        String html = html(renderer.paragraph(article, p, start, end));

        assertThat(html).isEqualTo("<i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶1\n\nThe board met on Monday. "
                + "<b>“We will not cut &lt;corners&gt; &amp; costs,”</b> said Ann Lee, the chair.");
    }

    @Test
    void aBoldSpanOutsideTheParagraphIsClippedAndAnEmptyOneLeavesNoTag() {
        StoredArticle article = article();
        Paragraph p = new Paragraph(2, TEXT.indexOf("The mayor"), TEXT.length());

        assertThat(html(renderer.paragraph(article, p, 0, TEXT.indexOf("mayor"))))
                .endsWith("<b>The </b>mayor disagreed.");
        assertThat(html(renderer.paragraph(article, p, p.start(), p.start()))).doesNotContain("<b>");
    }

    @Test
    void theArticleListIsNumberedAndMarksTheCurrentOne() {
        List<ArticleSummary> list = List.of(summary(7, "First & <best>"), summary(9, "Second"));

        String html = renderer.articleList("Articles I know:", list, OptionalLong.of(9)).html();

        assertThat(html).isEqualTo("Articles I know:\n1. <i>First &amp; &lt;best&gt;</i>\n2. <i>Second</i> (current)");
    }

    @Test
    void anLlmAnswerIsTheModelsEscapedWordsThenEachQuoteWithItsMarkerThenOtherSourcesThenTheModel() {
        Quote q = quote("We will not cut <corners> & costs,", "Ann Lee", "the chair");
        String prose = "Ann Lee <b>said</b> “" + q.text() + "” [2] & more [3].\n\nShe <i>insisted</i>.";
        ModelAnswer model = new ModelAnswer("gpt-<x>", prose, List.of(new CitedQuote(2, q)),
                List.of(new CitedPassage(2, TITLE, 1, "Ann Lee", "the chair"), new CitedPassage(3, TITLE, 2, null, null)),
                List.of());
        Answer a = new Answer("What did Ann Lee say?", true, "", model.text(), model.spans(), LlmAnswerer.MODE, 5);

        String html = html(renderer.answer(new ChatAnswer(a, a.question(), Optional.of(model)),
                "What did Ann Lee say? "));

        assertThat(html).isEqualTo("Ann Lee &lt;b&gt;said&lt;/b&gt; “We will not cut &lt;corners&gt; &amp; costs,” "
                + "[2] &amp; more [3].\n\nShe &lt;i&gt;insisted&lt;/i&gt;.\n\n"
                + "<blockquote>We will not cut &lt;corners&gt; &amp; costs,</blockquote>\n— <b>Ann Lee</b>, the chair\n"
                + "[2] <i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶1\n\n"
                + "[3] Pier &lt;Delay&gt; &amp; Costs, ¶2\n\n"
                + "<i>answered by gpt-&lt;x&gt;</i>");
        assertThat(TelegramHtml.problem(html)).isNull();
    }

    @Test
    void theMarkerOfAQuoteIsThePassageItWasVerifiedInAndEveryCitationLineComesFromTheRecords() {
        Quote first = quote("The board met on Monday.", null, null);
        Quote second = quote("The mayor disagreed.", null, null);
        ModelAnswer model = new ModelAnswer("m", "Two quotes [1] [4].", List.of(new CitedQuote(4, first),
                new CitedQuote(1, second)), List.of(new CitedPassage(1, TITLE, 2, null, null),
                new CitedPassage(4, "Other", 1, "Ann Lee", null), new CitedPassage(5, "Third", 7, "Bo", "mayor")),
                List.of());
        Answer a = new Answer("Who?", true, "", model.text(), model.spans(), LlmAnswerer.MODE, 5);

        String html = html(renderer.answer(new ChatAnswer(a, "Who?", Optional.of(model)), "Who?"));

        assertThat(html).contains("<blockquote>The board met on Monday.</blockquote>\n[4] <i>Pier")
                .contains("<blockquote>The mayor disagreed.</blockquote>\n[1] <i>Pier")
                .contains("[5] Bo, mayor · Third, ¶7")
                .doesNotContain("[4] Ann Lee").doesNotContain("[1] Pier");
        assertThat(model.text()).isEqualTo("Two quotes [1] [4].\n\n[1] " + TITLE + ", ¶2\n[4] Ann Lee · Other, ¶1"
                + "\n[5] Bo, mayor · Third, ¶7");
    }

    @Test
    void aRewrittenFollowUpIsShownFirstAndAnExtractiveAnswerNamesNoModel() {
        Quote q = quote("The board met on Monday.", null, null);
        Answer a = new Answer("When did the <board> meet?", true, "", "“The board met on Monday.”\n— x", List.of(q),
                "extractive", 1);

        String html = html(renderer.answer(new ChatAnswer(a, a.question(), Optional.empty()), "When did it meet?"));

        assertThat(html).isEqualTo("<i>Understood as: When did the &lt;board&gt; meet?</i>\n\n"
                + "<blockquote>The board met on Monday.</blockquote>\n<i>Pier &lt;Delay&gt; &amp; Costs</i>, ¶1");
    }

    @Test
    void aLongLlmAnswerIsSplitIntoValidMessagesWithinTheLimit() {
        Quote q = quote("The mayor disagreed.", null, null);
        String prose = "The <mayor> & the board disagree. ".repeat(200) + "“The mayor disagreed.” [1]";
        ModelAnswer model = new ModelAnswer("m", prose, List.of(new CitedQuote(1, q)),
                List.of(new CitedPassage(1, TITLE, 2, null, null)), List.of());
        Answer a = new Answer("Who?", true, "", model.text(), model.spans(), LlmAnswerer.MODE, 5);

        List<String> messages = new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT).split(
                renderer.answer(new ChatAnswer(a, "Who?", Optional.of(model)), "Who?"));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
            assertThat(TelegramHtml.problem(m)).as(m).isNull();
        });
        assertThat(String.join("", messages)).contains("<blockquote>The mayor disagreed.</blockquote>")
                .endsWith("<i>answered by m</i>");
    }

    private static Quote quote(String text, String speaker, String role) {
        int start = TEXT.indexOf(text);
        return new Quote(1, TITLE, "pier.txt", 1, start, start + text.length(), text, speaker, role);
    }

    private static StoredArticle article() {
        return new StoredArticle(1, TITLE, "pier.txt", "0".repeat(64), TEXT, Instant.EPOCH);
    }

    private static ArticleSummary summary(long id, String title) {
        return new ArticleSummary(id, title, "s", "0".repeat(64), 1, 1, Instant.EPOCH);
    }

    private static String html(List<Block> blocks) {
        return new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT).split(blocks).get(0);
    }
}
