package dev.citebot.retrieve;

import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.article.ParsedArticle;
import dev.citebot.article.Scope;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The application's retriever on a real H2 store with the real embedding model, built once and asked many questions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrieverIT {
    private static final String PIER = "The harbour board said on Monday that the new pier would be delayed by a year."
            + "\n\n“We will not cut corners on safety,” said Ann Lee, the board's chair.\n\nThe mayor disagreed.";
    private static final String FERRY = "Ferry fares will rise in April, the operator said.\n\nCommuters were angry.";
    private static final String TRAMS = "The city will buy twelve new trams, the transport office said.";

    private App app;
    private Retriever retriever;
    private long pier;
    private long ferry;

    @BeforeAll
    void open(@TempDir Path dir) {
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        pier = app.ingestor().ingest(new ParsedArticle("Harbour Plans Stall", PIER, "pier.txt")).articleId();
        ferry = app.ingestor().ingest(new ParsedArticle("Ferry Fares Rise", FERRY, "ferry.txt")).articleId();
        retriever = app.retriever();
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void aWordNoArticleHoldsCountsLittleUnlessItNegatesOneTheyHold() {
        CorpusSnapshot corpus = retriever.corpus();
        double threshold = ScoringWeights.DEFAULT.refusalThreshold();

        Evidence upset = retriever.retrieve(corpus, analyze("Why are the commuters upset about fares?"), Scope.ALL)
                .get(0);
        assertThat(corpus.article(ferry).orElseThrow().text().substring(upset.start(), upset.end()))
                .isEqualTo("Commuters were angry.");
        assertThat(upset.score()).isGreaterThanOrEqualTo(threshold);
        assertThat(retriever.retrieve(corpus, analyze("Why was the pier postponed?"), Scope.ALL).get(0).score())
                .isGreaterThan(threshold + 0.1);
        assertThat(retriever.retrieve(corpus, analyze("Why was the pier undelayed?"), Scope.ALL).get(0).score())
                .isLessThan(threshold);
    }

    @Test
    void aContractedQuestionScoresAsTheSameQuestionWrittenOut() {
        CorpusSnapshot corpus = retriever.corpus();

        for (String[] pair : new String[][]{
                {"What's the operator doing with fares?", "What is the operator doing with fares?"},
                {"Why didn't the mayor agree?", "Why did the mayor not agree?"}}) {
            Evidence contracted = retriever.retrieve(corpus, analyze(pair[0]), Scope.ALL).get(0);
            Evidence writtenOut = retriever.retrieve(corpus, analyze(pair[1]), Scope.ALL).get(0);

            assertThat(contracted.start()).as(pair[0]).isEqualTo(writtenOut.start());
            assertThat(contracted.score()).as(pair[0]).isCloseTo(writtenOut.score(), within(0.03));
        }
    }

    @Test
    void theSentenceAnsweringTheQuestionComesFirstWithItsSpeakerAndExactSpan() {
        CorpusSnapshot corpus = retriever.corpus();

        List<Evidence> evidence = retriever.retrieve(corpus, analyze("What did Ann Lee say about safety?"), Scope.ALL);

        Evidence top = evidence.get(0);
        assertThat(top.articleId()).isEqualTo(pier);
        assertThat(corpus.article(pier).orElseThrow().text().substring(top.start(), top.end()))
                .isEqualTo("“We will not cut corners on safety,” said Ann Lee, the board's chair.");
        assertThat(top.paragraph()).isEqualTo(2);
        assertThat(top.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Ann Lee"));
        assertThat(top.speakerIsSubject()).isTrue();
        assertThat(evidence).extracting(Evidence::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(evidence).extracting(e -> e.articleId() + ":" + e.start() + ":" + e.end()).doesNotHaveDuplicates();
    }

    @Test
    void aQuotationInTheQuestionFindsItsSentenceAndOutscoresTheRest() {
        CorpusSnapshot corpus = retriever.corpus();

        List<Evidence> evidence = retriever.retrieve(corpus, analyze("Who said “not cut corners”?"), Scope.ALL);

        assertThat(evidence.get(0).articleId()).isEqualTo(pier);
        assertThat(evidence.get(0).paragraph()).isEqualTo(2);
        assertThat(evidence.get(0).score() - evidence.get(1).score())
                .as("the phrase channel's weight").isGreaterThan(ScoringWeights.DEFAULT.phrase() / 2);
    }

    @Test
    void aScopedQuestionGetsEvidenceFromItsArticleOnly() {
        List<Evidence> evidence = retriever.retrieve(retriever.corpus(), analyze("Who disagreed about the pier?"),
                Scope.article(ferry));

        assertThat(evidence).isNotEmpty().allSatisfy(e -> assertThat(e.articleId()).isEqualTo(ferry));
    }

    @Test
    void everythingAQuestionReadsComesFromTheSnapshotItWasGiven() {
        CorpusSnapshot before = retriever.corpus();
        long trams = app.ingestor().ingest(new ParsedArticle("Trams Ordered", TRAMS, "trams.txt")).articleId();

        List<Evidence> old = retriever.retrieve(before, analyze("How many trams will the city buy?"), Scope.ALL);
        List<Evidence> current = retriever.retrieve(retriever.corpus(), analyze("How many trams will the city buy?"),
                Scope.ALL);

        assertThat(old).extracting(Evidence::articleId).doesNotContain(trams);
        assertThat(current.get(0).articleId()).isEqualTo(trams);
    }

    /**
     * Only the best candidates get their speaker, except that every one naming the speaker a "What did X say?"
     * asks about does, however low it ranks: the answerer may choose it when the index holds none of X's words.
     */
    @Test
    void everyCandidateNamingTheAskedSpeakerCarriesItsSpeaker() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            text.append("“What we say about line ").append(i).append(" is what we said before,” said Tom Reed.\n\n");
        }
        text.append("Fares rose by three percent, according to the Port Office of Statistics.");
        long harbour = app.ingestor().ingest(new ParsedArticle("Lines and Fares", text.toString(), "lines.txt"))
                .articleId();
        CorpusSnapshot corpus = retriever.corpus();

        List<Evidence> evidence = retriever.retrieve(corpus, analyze("What did the Port Office say?"),
                Scope.article(harbour));

        List<Evidence> naming = evidence.stream().filter(e -> corpus.article(harbour).orElseThrow().text()
                .substring(e.start(), e.end()).contains("Port Office")).toList();
        assertThat(naming).isNotEmpty().allSatisfy(e -> assertThat(e.speaker())
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("the Port Office of Statistics")));
    }

    private static QuestionAnalysis analyze(String question) {
        return new QuestionAnalyzer().analyze(question);
    }
}
