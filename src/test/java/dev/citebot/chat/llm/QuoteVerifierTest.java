package dev.citebot.chat.llm;

import dev.citebot.chat.CitedQuote;
import dev.citebot.chat.RejectedQuote;

import dev.citebot.answer.Quote;
import dev.citebot.attribute.Speaker;
import dev.citebot.article.Paragraph;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.article.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteVerifierTest {
    private static final String S1 = "The harbour board said on Monday that the new pier would be delayed.";
    private static final String S2 = "“We will not cut corners,” said Ann Lee, the board’s chair.";
    private static final String S3 = "The mayor called the delay ‘a scandal’ and asked for a vote.";
    private static final String TEXT = "Harbour Plans Stall\n\n" + S1 + "\n\n" + S2 + " " + S3;

    private final ArticleView article = ArticleView.of(
            new StoredArticle(7, "Harbour Plans Stall", "harbour.txt", "0".repeat(64), TEXT, Instant.EPOCH),
            List.of(new Paragraph(1, TEXT.indexOf(S1), TEXT.indexOf(S1) + S1.length()),
                    new Paragraph(2, TEXT.indexOf(S2), TEXT.length())),
            List.of());
    private final List<NumberedPassage> passages = List.of(
            passage(1, S1, 1, null),
            passage(2, S2, 2, new Speaker("Ann Lee", "Ann Lee", "the board’s chair", TEXT.indexOf("Ann Lee"),
                    TEXT.indexOf("Ann Lee") + 7)),
            passage(3, S3, 2, null));
    private final QuoteVerifier verifier = new QuoteVerifier();

    private NumberedPassage passage(int number, String sentence, int paragraph, Speaker speaker) {
        int start = TEXT.indexOf(sentence);
        return new NumberedPassage(number, new Evidence(7, paragraph, start, start + sentence.length(), 1.0,
                Optional.ofNullable(speaker), false), article);
    }

    @Test
    void keepsATrueQuoteWithItsExactOffsetsAndSpeaker() {
        Verification v = verifier.verify("Ann Lee said \"We will not cut corners\" [2].", passages);

        assertThat(v.spans()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will not cut corners");
            assertThat(TEXT.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker()).isEqualTo("Ann Lee");
            assertThat(q.paragraph()).isEqualTo(2);
        });
        assertThat(v.text()).isEqualTo("Ann Lee said “We will not cut corners” [2].");
        assertThat(v.quotes()).extracting(CitedQuote::passage).containsExactly(2);
        assertThat(v.rejected()).isEmpty();
        assertThat(v.corrected()).isZero();
        assertThat(v.cited()).containsExactly(2);
    }

    @Test
    void comparesQuotationMarksAndWhitespaceLooselyButReturnsTheSourceWords() {
        Verification v = verifier.verify("He called it «the delay 'a   scandal'» [3].", passages);

        Quote q = v.spans().get(0);
        assertThat(q.text()).isEqualTo("the delay ‘a scandal’");
        assertThat(TEXT.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(v.text()).contains("“the delay ‘a scandal’” [3]");
    }

    @Test
    void letterCaseIsPartOfTheWords() {
        Verification v = verifier.verify("She said \"We Will Not Cut Corners\" [2].", passages);

        assertThat(v.quotes()).isEmpty();
        assertThat(v.rejected()).extracting(RejectedQuote::text).containsExactly("We Will Not Cut Corners");
    }

    @Test
    void removesAndListsAFabricatedQuote() {
        Verification v = verifier.verify(
                "Lee said \"we will finish the pier by Friday\" [2] and \"We will not cut corners\" [2].", passages);

        assertThat(v.rejected()).containsExactly(new RejectedQuote("we will finish the pier by Friday", 2));
        assertThat(v.text()).doesNotContain("Friday").contains(QuoteVerifier.REMOVED);
        assertThat(v.spans()).extracting(Quote::text).containsExactly("We will not cut corners");
    }

    @Test
    void correctsAMarkerThatCitesTheWrongPassage() {
        Verification v = verifier.verify("The board said \"the new pier would be delayed\" [3].", passages);

        assertThat(v.text()).contains("“the new pier would be delayed” [1]").doesNotContain("[3]");
        assertThat(v.corrected()).isEqualTo(1);
        assertThat(v.spans()).singleElement().extracting(Quote::paragraph).isEqualTo(1);
        assertThat(v.quotes()).extracting(CitedQuote::passage).containsExactly(1);
        assertThat(v.cited()).containsExactly(1);
    }

    @Test
    void dropsMarkersToPassagesThatDoNotExist() {
        Verification v = verifier.verify("The pier is late [1] [7]. Lee: \"We will not cut corners\" [9]", passages);

        assertThat(v.text()).isEqualTo("The pier is late [1]. Lee: “We will not cut corners” [2]");
        assertThat(v.dropped()).isEqualTo(2);
        assertThat(v.cited()).containsExactly(1, 2);
    }

    @Test
    void citesTheRightPassageForAQuoteWithoutMarker() {
        Verification v = verifier.verify("The mayor spoke of \"a scandal\".", passages);

        assertThat(v.text()).isEqualTo("The mayor spoke of “a scandal” [3].");
        assertThat(v.spans()).singleElement().extracting(Quote::text).isEqualTo("a scandal");
    }

    @Test
    void toleratesPunctuationTheModelAddedAtTheEndOfAQuote() {
        Verification v = verifier.verify("\"the new pier would be delayed,\" [1] the board said.", passages);

        assertThat(v.spans()).singleElement().extracting(Quote::text).isEqualTo("the new pier would be delayed");
    }

    @Test
    void theSameSpanQuotedTwiceIsOneQuote() {
        Verification v = verifier.verify("\"a scandal\" [3], yes, \"a scandal\" [3].", passages);

        assertThat(v.spans()).hasSize(1);
    }

    @Test
    void aReplyWithoutTrueQuotesIsNotVerifiable() {
        assertThat(verifier.verify("The articles don't say.", passages).verifiable()).isFalse();
        Verification fabricated = verifier.verify("\"The pier opens in May\" [1]", passages);
        assertThat(fabricated.verifiable()).isFalse();
        assertThat(fabricated.rejected()).containsExactly(new RejectedQuote("The pier opens in May", 1));
    }

    @Test
    void singleQuotesAreQuotationsTooButApostrophesAreNot() {
        Verification v = verifier.verify(
                "Lee's board chair said 'We will not cut corners' [2]; the mayor's word was ‘a disgrace’ [3].", passages);

        assertThat(v.spans()).extracting(Quote::text).containsExactly("We will not cut corners");
        assertThat(v.rejected()).containsExactly(new RejectedQuote("a disgrace", 3));
        assertThat(v.text()).startsWith("Lee's board chair said “We will not cut corners” [2]; the mayor's word was "
                + QuoteVerifier.REMOVED);
    }
}
