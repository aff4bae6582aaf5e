package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationTokenizerTest {

    private static List<String> texts(String text) {
        return QuotationTokenizer.tokens(text).stream().map(Token::text).toList();
    }

    private static List<String> quotedWords(String text) {
        return QuotationTokenizer.tokens(text).stream().filter(t -> t.quoted() && t.isWord()).map(Token::text).toList();
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertThat(texts("U.S. Sen. Ruth Hale (D-N.J.) and Donald J. Trump of Ashton, Md., left."))
                .containsExactly("U.S.", "Sen.", "Ruth", "Hale", "(", "D-N.J.", ")", "and", "Donald", "J.", "Trump",
                        "of", "Ashton", ",", "Md.", ",", "left", ".");
    }

    @Test
    void aCapitalisedPluralKeepsItsApostropheBeforeABodysWordOnly() {
        assertThat(texts("The Dockers' Guild met the owners' lawyers and Harbor News' Ann Lee."))
                .containsExactly("The", "Dockers'", "Guild", "met", "the", "owners", "'", "lawyers", "and", "Harbor",
                        "News", "'", "Ann", "Lee", ".");
    }

    @Test
    void titlesKeepTheirPeriodOnlyWhereTheLexiconSpellsThemWithOneAndMonthsAlways() {
        assertThat(texts("Gen. Ruiz told Sens. Hale and Bo Lee Jr. on Sept. 3 and Mar. 4 to wait. Then."))
                .containsExactly("Gen.", "Ruiz", "told", "Sens", ".", "Hale", "and", "Bo", "Lee", "Jr.", "on",
                        "Sept.", "3", "and", "Mar.", "4", "to", "wait", ".", "Then", ".");
    }

    @Test
    void possessivesAreSeparateAndContractionsAreNot() {
        assertThat(texts("The sheriff's men don't know the members’ names, O'Brien said."))
                .containsExactly("The", "sheriff", "'s", "men", "don't", "know", "the", "members", "’", "names", ",",
                        "O'Brien", "said", ".");
    }

    @Test
    void noBreakAndZeroWidthSpacesSeparateWordsAndAreNoTokens() {
        assertThat(texts("Ana\u00a0Ruiz\u200b said\u202f\"Go\"\u00a0")).containsExactly("Ana", "Ruiz", "said", "\"",
                "Go", "\"");
    }

    @Test
    void hyphenatedWordsStayWhole() {
        assertThat(texts("Jen Parsons-Soren, 20-ish")).containsExactly("Jen", "Parsons-Soren", ",", "20-ish");
    }

    @Test
    void offsetsIndexTheText() {
        String text = "“Go,” said Lund.";
        for (Token t : QuotationTokenizer.tokens(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void curlyQuotationsAreMarked() {
        assertThat(quotedWords("“We won,” Lund said, “and we will win again.”"))
                .containsExactly("We", "won", "and", "we", "will", "win", "again");
    }

    @Test
    void straightQuotationsFollowTheSpacesAroundThem() {
        assertThat(quotedWords("\"We won,\" Lund said. \"Again.\"")).containsExactly("We", "won", "Again");
        assertThat(quotedWords("''Never,'' said Lund.")).containsExactly("Never");
    }

    @Test
    void straightMarkWithSpaceOnBothSidesClosesAnOpenQuotation() {
        assertThat(quotedWords("\"Call it 'outreach,' \" he said.")).containsExactly("Call", "it", "outreach");
    }

    @Test
    void unclosedQuotationEndsAtTheParagraph() {
        assertThat(quotedWords("“First part of it.\n“Second part,” Lund said.")).containsExactly("First", "part",
                "of", "it", "Second", "part");
    }

    @Test
    void closingMarkWithoutAnOpeningOneQuotesTheParagraphBeforeIt() {
        assertThat(quotedWords("rest of a quotation,” said Lund.")).containsExactly("rest", "of", "a", "quotation");
    }

    @Test
    void singleQuotesAreNotQuotations() {
        assertThat(quotedWords("the so-called ‘Coalition of the Willing’ said")).isEmpty();
    }
}
