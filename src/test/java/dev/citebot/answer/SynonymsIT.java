package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question in everyday words ("hurt", "fell") finds the sentence that writes the article's ("injured",
 * "collapse"), through the real model and retriever; without the synonyms it was refused. (A question that swaps
 * in a common noun the article does not hold, "when the lighthouse fell", is answered as well, as it was before
 * when written in the article's own words: no check looks at lower-case nouns.)
 */
class SynonymsIT {
    private static final String TEXT = "Pier Gives Way\n\n"
            + "The old pier at Selmouth gave way on Sunday during the regatta. The collapse injured seven "
            + "spectators, two of them seriously.\n\n"
            + "The harbour board said the pier had passed an inspection in March.\n\n"
            + "Divers will search the wreckage on Tuesday, when the tide is low.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Pier Gives Way", TEXT, "pier.txt");

    @Test
    void everydayWordsFindTheArticlesOwn() {
        Answer answer = ARTICLE.ask("How many people were hurt when the pier fell?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("injured seven spectators");
    }
}
