package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What did the woman who sells fish say?" when the article says who she is only in the sentence that introduces
 * her: once that sentence shows whom the reader means, her own words are the answer, her quotation first.
 */
class PortrayedSpeakersIT {
    private static final String TEXT = "Harbour Market to Close\n\n"
            + "The harbour market in Ostby will close for good at the end of June, the town council said on Monday.\n\n"
            + "Mara Voss, who has sold fish from a stall at the market for 30 years, said she had learned of the "
            + "closure from a radio report on her way to work.\n\n"
            + "\"We were the last people in this town to be told,\" Voss said.\n\n"
            + "Council leader Tor Aasen said the hall needed repairs the town could not afford.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Harbour Market to Close", TEXT, "market.txt");

    @Test
    void theDescribedSpeakersQuotationComesFirst() {
        Answer answer = ARTICLE.ask("what did the woman who sells fish say");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> {
            assertThat(q.text()).contains("We were the last people in this town to be told");
            assertThat(q.speaker()).isEqualTo("Mara Voss");
        });
    }
}
