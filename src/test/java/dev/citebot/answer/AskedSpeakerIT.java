package dev.citebot.answer;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about what one speaker said is answered with that speaker's words, not with those of a speaker whose
 * name only ends the same way or who spoke to them, and a yes/no question whether someone said something is refused
 * when the article holds no words of theirs; through the real model and retriever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskedSpeakerIT {
    private static final String ARTICLE = "Ferry Fares Rise Again\n\n"
            + "The Sunday Times reported that ferry fares would rise by a fifth in March. A source has told the "
            + "newspaper that the rise was agreed in January and suggested that more would follow.\n\n"
            + "Earlier, The Times had described the plan as overdue.\n\n"
            + "The article also notes that the Financial Times had previously reported that the operator's plan to "
            + "raise fares had become \"a tax on living here\" for islanders who commute daily.\n\n"
            + "The island's mayor, Ruth Calder, has been named as a possible chair of the new ferry board. The "
            + "operator's director, Paul Imrie, said fares had not risen for six years.\n\n"
            + "Ferry board spokeswoman Mairi Lang said the winter timetable would not change.";

    private App app;
    private long id;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        app = TestApps.open(dir, new AllMiniLmL6V2QuantizedEmbeddingModel());
        id = app.ingestor().ingest(new ParsedArticle("Ferry Fares Rise Again", ARTICLE, "ferry.txt")).articleId();
    }

    @AfterAll
    void close() {
        app.close();
    }

    private Answer ask(String question) {
        return app.answerer().answer(question, Scope.article(id));
    }

    /** The first quote of the answer to {@code question}, which must be answered and open with {@code speaker}. */
    private Quote firstQuoteBy(String question, String speaker) {
        Answer answer = ask(question);
        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.quotes().get(0).speaker()).as(question).isEqualTo(speaker);
        return answer.quotes().get(0);
    }

    @Test
    void theSpeakerNamedInFullComesBeforeOneSharingItsLastWord() {
        Quote first = firstQuoteBy("How did the Financial Times describe the plan?", "the Financial Times");

        assertThat(first.text()).contains("a tax on living here");
    }

    @Test
    void aNewspaperSpokenToIsNotTheSpeaker() {
        Answer answer = ask("What did The Times suggest?");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("the plan as overdue");
        assertThat(answer.quotes()).extracting(Quote::speaker).doesNotContain("A source");
    }

    @Test
    void whetherSomeoneNeverQuotedSaidSomethingIsRefusedWithThePassageThatNamesThem() {
        for (String question : new String[] {"Did Ruth Calder comment on the fares?",
                "Has Ruth Calder made any statement?", "Did Ruth Calder speak about the ferry board?",
                "Did Ruth Calder react to the fares?"}) {
            Answer answer = ask(question);

            assertThat(answer.answered()).as(question).isFalse();
            assertThat(answer.text()).as(question).startsWith("No words of Ruth Calder were found in the article.");
            assertThat(answer.quotes()).as(question).first()
                    .satisfies(q -> assertThat(q.text()).contains("Ruth Calder"));
        }
    }

    @Test
    void whetherSomeoneQuotedSaidSomethingIsAnsweredWithTheirWords() {
        Quote first = firstQuoteBy("Has Paul Imrie said anything about the fares?", "Paul Imrie");

        assertThat(first.text()).contains("had not risen for six years");
    }

    @Test
    void whetherABodySaidSomethingIsAnsweredWithItsSpokespersonsWords() {
        firstQuoteBy("Did the ferry board say anything about the timetable?", "Mairi Lang");
    }

    /**
     * The index files a spokesperson under the body too, so the answer is her attributed words, as for any speaker
     * asked about by name, not the sentence that retrieval would find by its words "ferry board".
     */
    @Test
    void whatABodySaidIsItsSpokespersonsAttributedWords() {
        for (String question : new String[] {"What did the ferry board say?", "What did the ferry board people say?"}) {
            Quote first = firstQuoteBy(question, "Mairi Lang");

            assertThat(first.text()).as(question).isEqualTo("the winter timetable would not change");
        }
    }
}
