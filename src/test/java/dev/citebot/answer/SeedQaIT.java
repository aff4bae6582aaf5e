package dev.citebot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.App;
import dev.citebot.TestApps;
import dev.citebot.eval.QaFile;
import dev.citebot.eval.QaItem;
import dev.citebot.eval.QaJudge;
import dev.citebot.eval.QaResult;
import dev.citebot.article.Scope;
import dev.citebot.article.StoredArticle;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public seed QA against the bundled article, with the real model and a real H2 database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedQaIT {
    private App app;
    private List<QaResult> results;

    @BeforeAll
    void answerEverySeedQuestion(@TempDir Path dir) throws Exception {
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        QaJudge judge = new QaJudge();
        results = new ArrayList<>();
        for (QaItem item : new QaFile(new ObjectMapper()).read(resource("/qa/seed-qa.jsonl"))) {
            results.add(judge.judge(item, app.answerer().answer(item.question(), Scope.ALL)));
        }
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void atLeastNineOfTenAreRight() {
        List<String> failures = results.stream().filter(r -> !r.correct())
                .map(r -> r.item().id() + ": " + r.problem()).toList();

        assertThat(results).hasSize(10);
        assertThat(failures).as("failed questions").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void bothUnanswerableQuestionsAreRefused() {
        assertThat(results.stream().filter(r -> !r.item().answerable()))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.answer().answered()).isFalse())
                .allSatisfy(r -> assertThat(r.answer().text()).contains("doesn't"));
    }

    @Test
    void everyQuoteIsTheExactTextAtItsOffsets() {
        List<Quote> quotes = results.stream().flatMap(r -> r.answer().quotes().stream()).toList();

        assertThat(quotes).isNotEmpty();
        for (Quote q : quotes) {
            StoredArticle article = app.articles().find(q.articleId()).orElseThrow();
            assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.articleTitle()).isEqualTo(article.title());
            assertThat(q.paragraph()).isBetween(1, app.articles().paragraphs(q.articleId()).size());
        }
    }

    @Test
    void whatDidPeskovSayNamesHimWithHisRole() {
        Answer a = app.answerer().answer("What did Dmitry Peskov say?", Scope.ALL);

        assertThat(a.quotes().get(0).speaker()).isEqualTo("Dmitry Peskov");
        assertThat(a.quotes().get(0).role()).isEqualTo("Kremlin spokesman");
        assertThat(a.quotes().get(0).paragraph()).isEqualTo(3);
        assertThat(a.text()).contains("“This opposition has been reiterated by Kremlin spokesman Dmitry Peskov");
    }

    @Test
    void whatTheKremlinSaidIsWhatItsSpokesmanSaid() {
        Answer a = app.answerer().answer("What did the Kremlin say?", Scope.ALL);

        assertThat(a.answered()).isTrue();
        assertThat(a.quotes().get(0).speaker()).isEqualTo("Dmitry Peskov");
        assertThat(a.quotes().get(0).text()).contains("militaristic [and] confrontational");
    }

    @Test
    void aWhoSaidAnswerOpensWithTheSpeaker() {
        Answer a = app.answerer().answer("Who warned that NATO troop involvement could lead to a global conflict?", Scope.ALL);

        assertThat(a.text()).startsWith("Said by Sergey Shoigu (former Russian defense minister):");
    }

    @Test
    void aWhoQuestionThatAsksNoSpeakerDoesNotOpenWithOne() {
        Answer a = app.answerer().answer("Who is going to meet Vladimir Putin?", Scope.ALL);

        assertThat(a.answered()).isTrue();
        assertThat(a.quotes().get(0).text()).contains("Donald Trump");
        assertThat(a.text()).doesNotStartWith("Said by");
    }

    @Test
    void aYesNoQuestionOnTheUsFindsItWrittenUDotSDot() {
        Answer a = app.answerer().answer("Does the US support the deployment?", Scope.ALL);

        assertThat(a.answered()).isTrue();
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.text()).contains("U.S."));
    }

    @Test
    void anEmptyQuestionIsRejected() {
        assertThatThrownBy(() -> app.answerer().answer("  ", Scope.ALL)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SeedQaIT.class.getResource(name).toURI());
    }
}
