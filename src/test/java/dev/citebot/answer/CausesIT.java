package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** "Why" answered by the sentence after the event when that one gives the cause, on a story of this test's own. */
class CausesIT {
    private static final String TEXT = "Mill to Close\n\n"
            + "LANDRY, Maine (Wire) — Pellworth Mills Inc. will close its felt mill in Landry by June, cutting 210 "
            + "jobs, the company said on Monday.\n\n"
            + "The company said in a statement that the decision followed years of falling orders from paper "
            + "makers.\n\n"
            + "The town board voted 4-3 to sell the old mill site, a town clerk who asked not to be named because "
            + "she was not authorised to speak said, after Selectman Jon Petit changed his vote.\n\n"
            + "Petit said he had been persuaded by a promise of 40 new jobs at the site.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Mill to Close", TEXT, "mill.txt");

    @Test
    void theCauseInTheNextParagraphIsQuotedFirst() {
        Answer answer = ARTICLE.ask("why is pellworth shutting the mill");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("followed years of falling orders");
        assertThat(answer.quotes().get(0).speaker()).isEqualTo("Pellworth Mills Inc.");
        assertThat(answer.quotes()).extracting(Quote::text).anyMatch(t -> t.contains("will close its felt mill"));
    }

    @Test
    void aReasonForASourcesAnonymityIsNoCause() {
        Answer answer = ARTICLE.ask("why did Petit change his vote on the site");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("persuaded by a promise");
    }
}
