package dev.citebot.ingest;

import dev.citebot.article.ArticleStructure;
import dev.citebot.article.Paragraph;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleSplitterTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void paragraphsAreBlankLineSeparatedTrimmedAndNumberedAfterTheTitle() {
        String text = "  Storm Hits Coast\n\n  First paragraph, line one\nline two.  \n \t\n\n\nSecond paragraph.\n   \n";
        ParsedArticle article = new ParsedArticle("Storm Hits Coast", text, "storm.txt");

        ArticleStructure structure = splitter.split(article);

        assertThat(paragraphTexts(article, structure))
                .containsExactly("First paragraph, line one\nline two.", "Second paragraph.");
        assertThat(structure.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
    }

    @Test
    void titleLineDirectlyAboveTheBodyIsNotPartOfTheFirstParagraph() {
        ParsedArticle article = new ParsedArticle("Storm Hits Coast", "Storm Hits Coast\nRain fell. Wind blew.", "s.txt");

        assertThat(paragraphTexts(article, splitter.split(article))).containsExactly("Rain fell. Wind blew.");
    }

    @Test
    void firstLineThatIsNotTheTitleIsAParagraph() {
        ParsedArticle article = new ParsedArticle("Headline From Elsewhere", "Opening line.\n\nMore.", "s.txt");

        assertThat(paragraphTexts(article, splitter.split(article))).containsExactly("Opening line.", "More.");
    }

    @Test
    void windowsLineEndsGiveTheSameStructureWithExactOffsets() {
        String unix = "Title\n\nThe first one. The second one spans\na line break.\n\n\"Quoted. Again,\" he said.\n";
        String windows = unix.replace("\n", "\r\n");
        ParsedArticle article = new ParsedArticle("Title", windows, "w.txt");

        ArticleStructure structure = splitter.split(article);

        assertThat(paragraphTexts(article, structure)).containsExactly(
                "The first one. The second one spans\r\na line break.", "\"Quoted. Again,\" he said.");
        assertThat(sentenceTexts(article, structure)).containsExactly(
                "The first one.", "The second one spans\r\na line break.", "\"Quoted. Again,\" he said.");
    }

    @Test
    void markdownHeadingsAreNotParagraphsButHashLinesInPlainTextAre() {
        String text = "# Budget Passes\n\nThe council voted.\n\n## Reaction\nResidents cheered.\n\n#hashtag stays\n";
        ParsedArticle markdown = new ParsedArticle("Budget Passes", text, "notes/budget.md");
        ParsedArticle plain = new ParsedArticle("# Budget Passes", text, "budget.txt");

        assertThat(paragraphTexts(markdown, splitter.split(markdown)))
                .containsExactly("The council voted.", "Residents cheered.", "#hashtag stays");
        assertThat(paragraphTexts(plain, splitter.split(plain)))
                .containsExactly("The council voted.", "## Reaction\nResidents cheered.", "#hashtag stays");
    }

    @Test
    void htmlArticleHasOneParagraphPerBlockBelowItsTitle() {
        String html = "<article><h1>Port Reopens</h1><p>Ships  returned. Crews cheered.</p><h2>What next</h2>"
                + "<ul><li>More ships</li></ul></article>";
        ParsedArticle article = new ArticleReader().parse("port.html", html.getBytes(StandardCharsets.UTF_8), "port.html");

        ArticleStructure structure = splitter.split(article);

        assertThat(paragraphTexts(article, structure)).containsExactly("Ships returned. Crews cheered.", "What next", "More ships");
        assertThat(sentenceTexts(article, structure)).containsExactly("Ships returned.", "Crews cheered.", "What next", "More ships");
    }

    @Test
    void sentenceIndexIsGlobalAndParagraphIsOneBased() {
        ParsedArticle article = new ParsedArticle("T", "T\n\nOne. Two.\n\nThree. Four. Five.", "t.txt");

        List<Sentence> sentences = splitter.split(article).sentences();

        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(1, 1, 2, 2, 2);
        assertThat(sentences).extracting(s -> s.text(article.text()))
                .containsExactly("One.", "Two.", "Three.", "Four.", "Five.");
    }

    /** Each case lists the expected sentences separated by " | "; the paragraph joins them with one space. */
    static Stream<Arguments> newsSentences() {
        return Stream.of(
                "Mr. Smith and Mrs. Jones met Ms. Lee. | Dr. Patel was late.",
                "Sen. Warren spoke to Rep. Ocasio-Cortez and Gov. Newsom. | They agreed.",
                "Lt. Gen. Ford met Gen. Hart, Col. Ruiz and Sgt. Diaz. | Talks ended.",
                "He visited St. Louis with Martin Luther King Jr. | Then he flew home.",
                "Acme Inc. Chief Executive Jo Ray, Foo Co. Chairman Al Bee and Bar Corp. President Cy Dee met. "
                        + "| Widgets Ltd. Director Ann Poe and John Smith Sr. joined them.",
                "It was made by Acme Inc. | The company denied it.",
                "He cited the U.S. Census and U.K. Parliament. | Both disagreed.",
                "The plan hurt the U.S. | The president said so.",
                "It ranked No. 5 in the state. | Officials were pleased.",
                "The answer was No. | Then he left.",
                "It was Smith vs. Jones, and Roe v. Wade came up.",
                "He bought apples, pears, etc. and went home. | Then he ate.",
                "He bought apples, pears, etc. | Then he ate.",
                "The attacks of Sept. 11 changed it. | On Jan. 20 and Aug. 3, Feb. 14, Oct. 1, Nov. 5, Dec. 25 too.",
                "He left in Jan. | Nobody noticed.",
                "John F. Kennedy met J.K. Rowling's editor. | It was brief.",
                "Rep. Robert C. \"Bobby\" Scott spoke. | He was brief.",
                "Growth was 3.5 percent, up from 2.25. | Analysts were surprised.",
                "He paused... and then went on. | She waited... | Nobody spoke.",
                "He waited…and then left. | Nobody spoke… | Then he did.",
                "The meeting ended at 5 p.m. on Friday. | Then at 9 a.m. Monday it resumed.",
                "The vote is at 5 p.m. | The polls close later.",
                "Did it work? | Nobody knows! | Maybe?! | Yes.",
                "She said it was over.’ | He disagreed. | (That was the end.) | Then came more.",
                "It rose 10%. | 2017 was worse. | “Fine,” he said.",
                "Washington, D.C. | The capital was quiet.",
                "Del. Ann Ray grew up in Dover, Del. | The town is small. | Sacramento, Calif. Mayor Jo Li agreed.",
                "It cost $5. the end was near, said Mr. Ng of Ng Ltd. of London.")
                .map(fixture -> Arguments.of(fixture.replace(" | ", " "), List.of(fixture.split(" \\| "))));
    }

    @ParameterizedTest
    @MethodSource("newsSentences")
    void newsAbbreviationsInitialsAndNumbersDoNotEndSentences(String paragraph, List<String> expected) {
        assertThat(sentencesOf(paragraph)).containsExactlyElementsOf(expected);
    }

    @Test
    void quotationSpanningSentencesStaysOneSentenceUntilTheAttribution() {
        assertThat(sentencesOf("“The ferry runs late. The ferry runs every hour,” he said. Then more."))
                .containsExactly("“The ferry runs late. The ferry runs every hour,” he said.", "Then more.");
    }

    @Test
    void quotedQuestionStaysWithItsNamedSpeakerButNotWithAPronounSentence() {
        assertThat(sentencesOf("“Why now?” Graham asked. “Enough!” Sen. Ruiz shouted, angry. \"Really?\" Ana Ortiz said. "
                + "“Why?” She paused. “Who?” Nobody knew."))
                .containsExactly("“Why now?” Graham asked.", "“Enough!” Sen. Ruiz shouted, angry.",
                        "\"Really?\" Ana Ortiz said.", "“Why?”", "She paused.", "“Who?”", "Nobody knew.");
    }

    @Test
    void anyVerbOfSayingInTheLexiconKeepsTheSpeakerWithTheQuotedQuestion() {
        assertThat(sentencesOf("“Why wait?” Lee cautioned. “Now?” Ana Ortiz yelled. “Done?” Lee walked off."))
                .containsExactly("“Why wait?” Lee cautioned.", "“Now?” Ana Ortiz yelled.", "“Done?”",
                        "Lee walked off.");
    }

    @Test
    void straightQuotesAreTrackedLikeCurlyOnes() {
        assertThat(sentencesOf("\"We won. We really did,\" she said. \"Now we rest.\" Others left."))
                .containsExactly("\"We won. We really did,\" she said.", "\"Now we rest.\"", "Others left.");
    }

    @Test
    void quotationClosingAtTheSentenceEndIsIncludedAndTheNextSentenceFollows() {
        assertThat(sentencesOf("Aides said: “No one wants this. Not now.” Despite that, it went ahead."))
                .containsExactly("Aides said: “No one wants this. Not now.”", "Despite that, it went ahead.");
    }

    @Test
    void unclosedQuotationFallsBackToOrdinarySplitting() {
        assertThat(sentencesOf("“We will fight. We will win. Nobody can stop us."))
                .containsExactly("“We will fight.", "We will win.", "Nobody can stop us.");
    }

    @Test
    void unclosedQuotationDoesNotSwallowALaterClosedOne() {
        assertThat(sentencesOf("“Onward. Upward. He added: “Stay. Go.” Done."))
                .containsExactly("“Onward.", "Upward.", "He added: “Stay. Go.”", "Done.");
    }

    @Test
    void singleQuotesDoNotHoldSentencesTogether() {
        assertThat(sentencesOf("The so-called ‘Coalition. It failed.’ Others 'tried. Twice.' Done."))
                .containsExactly("The so-called ‘Coalition.", "It failed.’", "Others 'tried.", "Twice.'", "Done.");
    }

    @Test
    void quotationOfMoreThanFiveSentencesIsSplitNormally() {
        String five = "“One. Two. Three. Four. Five,” he said. Next.";
        String six = "“One. Two. Three. Four. Five. Six,” he said. Next.";

        assertThat(sentencesOf(five)).containsExactly("“One. Two. Three. Four. Five,” he said.", "Next.");
        assertThat(sentencesOf(six)).containsExactly(
                "“One.", "Two.", "Three.", "Four.", "Five.", "Six,” he said.", "Next.");
    }

    @Test
    void quotationLongerThanTheCharacterCapIsSplitNormally() {
        String longSentence = "Word " + "and more words ".repeat(60) + "end.";
        String paragraph = "“" + longSentence + " " + longSentence + "” he said.";

        List<String> sentences = sentencesOf(paragraph);

        assertThat(paragraph.length()).isGreaterThan(QuoteMerger.MAX_CHARS);
        assertThat(sentences).containsExactly("“" + longSentence, longSentence + "” he said.");
    }

    @Test
    void lineBreakEndsASentenceWhenTheLineHasNoClosingPunctuation() {
        String paragraph = "“We are proud of it.” ― Ana Ruiz\n“It is too late.” ― Bo Chen\nStop lying\n- Show humility";

        assertThat(sentencesOf(paragraph)).containsExactly(
                "“We are proud of it.” ― Ana Ruiz", "“It is too late.” ― Bo Chen", "Stop lying", "- Show humility");
    }

    @Test
    void lineBreaksInHardWrappedTextAreOnlySpaces() {
        String paragraph = "The committee met on Tuesday to discuss the proposal from\n"
                + "Governor Smith, which would cut spending across most of the\n"
                + "departments. Members said";

        assertThat(sentencesOf(paragraph)).containsExactly(
                "The committee met on Tuesday to discuss the proposal from\n"
                        + "Governor Smith, which would cut spending across most of the\ndepartments.",
                "Members said");
    }

    @Test
    void seedArticleSplitsIntoFourParagraphsOfExactTrimmedSentences() throws IOException {
        ParsedArticle article = seedArticle();
        String text = article.text();

        ArticleStructure structure = splitter.split(article);

        assertThat(structure.paragraphs()).hasSize(4);
        for (Paragraph paragraph : structure.paragraphs()) {
            List<Sentence> inParagraph = structure.sentences().stream()
                    .filter(s -> s.paragraph() == paragraph.number()).collect(Collectors.toList());
            assertThat(inParagraph).isNotEmpty();
            assertThat(inParagraph).allSatisfy(s -> {
                assertThat(s.text(text)).isEqualTo(text.substring(s.start(), s.end()));
                assertThat(s.text(text)).doesNotStartWith(" ").isEqualTo(s.text(text).strip());
                assertThat(s.start()).isGreaterThanOrEqualTo(paragraph.start());
                assertThat(s.end()).isLessThanOrEqualTo(paragraph.end());
            });
            assertThat(nonSpace(inParagraph.stream().map(s -> s.text(text)).collect(Collectors.joining())))
                    .isEqualTo(nonSpace(paragraph.text(text)));
            assertThat(inParagraph).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        }
        assertThat(structure.sentences().size()).isGreaterThan(structure.paragraphs().size());
    }

    @Test
    void seedArticleKeepsTheClosingQuoteWithItsSentence() throws IOException {
        ParsedArticle article = seedArticle();
        List<String> sentences = sentenceTexts(article, splitter.split(article));

        int quoted = sentences.indexOf("The article claims that a source has advised the newspaper that "
                + "“no one wants to send their troops to die in Ukraine.”");
        assertThat(quoted).isPositive();
        assertThat(sentences.get(quoted + 1)).startsWith("Despite");
        assertThat(sentences).anySatisfy(s -> assertThat(s).contains("U.S. president Donald Trump"));
    }

    private static ParsedArticle seedArticle() throws IOException {
        try (InputStream in = ArticleSplitterTest.class.getResourceAsStream("/seed-article.txt")) {
            assertThat(in).isNotNull();
            return new ArticleReader().parse("seed-article.txt", in.readAllBytes(), "classpath:/seed-article.txt");
        }
    }

    private List<String> sentencesOf(String paragraph) {
        ParsedArticle article = new ParsedArticle("Title", "Title\n\n" + paragraph + "\n", "t.txt");
        ArticleStructure structure = splitter.split(article);
        assertThat(structure.paragraphs()).hasSize(1);
        return sentenceTexts(article, structure);
    }

    private static List<String> sentenceTexts(ParsedArticle article, ArticleStructure structure) {
        return structure.sentences().stream().map(s -> s.text(article.text())).collect(Collectors.toList());
    }

    private static List<String> paragraphTexts(ParsedArticle article, ArticleStructure structure) {
        return structure.paragraphs().stream().map(p -> p.text(article.text())).collect(Collectors.toList());
    }

    private static String nonSpace(String s) {
        return s.replaceAll("\\s+", "");
    }
}
