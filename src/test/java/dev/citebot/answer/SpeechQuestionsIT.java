package dev.citebot.answer;

import dev.citebot.article.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions about what someone said, put in the reader's words, against a story of this test's own. */
class SpeechQuestionsIT {
    private static final String TEXT = "Clinic Cuts Night Hours\n\n"
            + "The Ostby clinic will shut its night ward for six weeks from May 2, its board said on Monday.\n\n"
            + "Ada Moss, the clinic's head nurse, said the staff had covered double shifts since March. "
            + "\"Our team has been remarkable,\" she said. \"But worn-out people make mistakes, and I will not gamble "
            + "with patients.\"\n\n"
            + "Piet Lund, 80, a retired welder from Ostby who has a heart condition, said the drive to the next "
            + "town took an hour. \"If my heart gives out at night, where do I go?\" Lund said.\n\n"
            + "The regional council said it would review the clinic's budget in June. \"The closure could have "
            + "been avoided,\" the union said.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Clinic Cuts Night Hours", TEXT, "clinic.txt",
            new ParsedArticle("Deck Crews to Strike", "Deck Crews to Strike\n\nThe Boatmen's Union, which represents "
                    + "the deck crews, said it would strike on Friday. The union said its crews had waited long "
                    + "enough.", "crews.txt"));

    @Test
    void aQuotationPutInOtherWordsIsFoundForWhoSaidIt() {
        Answer answer = ARTICLE.ask("who said tired staff end up getting things wrong");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ada Moss"));
    }

    @Test
    void aSpeakerDescribedInOtherWordsIsAnswered() {
        Answer answer = ARTICLE.ask("what did the pensioner with the bad heart say");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Piet Lund"));
    }

    @Test
    void aBodyNamedInFullIsTheOneInTheArticleThatNamesIt() {
        Answer answer = ARTICLE.ask("what did the boatmen union say");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first()
                .satisfies(q -> assertThat(q.articleTitle()).isEqualTo("Deck Crews to Strike"));
    }

    @Test
    void whetherSomeoneSaidWhatAnotherSaidIsRefusedWithTheOthersWords() {
        Answer answer = ARTICLE.ask("Did Ada Moss say the drive to the next town took an hour?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.quotes()).first().satisfies(q -> {
            assertThat(q.text()).contains("the drive to the next town took an hour");
            assertThat(q.speaker()).isEqualTo("Piet Lund");
        });
    }

    @Test
    void whetherSomeoneSaidWhatTheySaidIsAnswered() {
        Answer answer = ARTICLE.ask("Did Ada Moss say the staff had covered double shifts?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.speaker()).isEqualTo("Ada Moss"));
    }
}
