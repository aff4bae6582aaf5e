package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions typed as in a messenger, through the real model and answerer: shorthand ("ppl", "rn"), an intensifier
 * ("very") and a rank the article writes with another word ("last" for "final"). Each was refused or answered with
 * another sentence before ("rn" written out as "now" found the sentence that says "now").
 */
class ChatSpellingsIT {
    private static final String TEXT = "Ferry Season Ends\n\n"
            + "The final Selmouth ferry of the season is scheduled to leave the harbour at 6:15 p.m. on Oct. 3.\n\n"
            + "Officials counted 212 people on the pier when the ferry company announced the end of the service. "
            + "The company said fuel costs had doubled since spring.\n\n"
            + "The town council will discuss a winter bus service in November.\n\n"
            + "The fuel tank is at 40 percent of capacity, the port office said. \"We must act now or the tank runs "
            + "dry,\" the port manager said.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Ferry Season Ends", TEXT, "ferry.txt");

    @Test
    void theVeryLastIsTheFinal() {
        Answer answer = ARTICLE.ask("when's the very last ferry leaving selmouth?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("6:15 p.m. on Oct. 3");
    }

    @Test
    void pplArePeople() {
        Answer answer = ARTICLE.ask("how many ppl were on the pier");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("212 people");
    }

    @Test
    void rightNowIsNoWordToSearchFor() {
        Answer answer = ARTICLE.ask("how full is the tank rn");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("40 percent of capacity");
    }

    @Test
    void aRankTheArticleDoesNotStateIsStillRefused() {
        Answer answer = ARTICLE.ask("when's the earliest ferry leaving selmouth?");

        assertThat(answer.answered()).isFalse();
    }
}
