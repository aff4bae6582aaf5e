package dev.citebot.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers a reader describes instead of naming ("the fire brigade", "the tenants' group", "the governor"), through
 * the real model, retriever and attribution index: one the article never mentions is refused as not mentioned, a
 * passage is offered as naming one only when it does, a question asked with a reporting verb of its own gets the
 * words reported with that verb first, and "the governor" is covered by a sentence that names her by surname only.
 */
class DescribedSpeakersIT {
    private static final String TEXT = "Storm Closes Coastal Road\n\n"
            + "The coastal road near Harwick was closed on Friday after a storm washed away part of the sea wall.\n\n"
            + "The regional governor, Marta Lenz, inspected the damage on Saturday and promised that the road would "
            + "reopen within a month. Asked who would pay for the wall, she said it was \"too early to tell.\"\n\n"
            + "A tenants' group was less patient. Its members have waited years for the wall to be repaired.\n\n"
            + "\"We warned the council twice,\" said Ole Brandt, a fisherman whose boat was damaged. Nobody wants "
            + "the road closed for long, the harbour master said.\n\n"
            + "Critics say the wall was neglected for years. Lenz rejected the criticism, saying the council had "
            + "asked the state for money twice.";

    @RegisterExtension
    static final OneArticle ARTICLE = new OneArticle("Storm Closes Coastal Road", TEXT, "storm.txt");

    @Test
    void aDescribedSpeakerTheArticleNeverMentionsIsRefusedAsNotMentioned() {
        Answer answer = ARTICLE.ask("What did the fire brigade say about the storm?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).containsPattern("mentions? the fire brigade");
    }

    @Test
    void thePassageOfferedAsNamingADescribedSpeakerNamesIt() {
        Answer answer = ARTICLE.ask("What does the tenants' group want?");

        assertThat(answer.quotes()).first().satisfies(q -> assertThat(q.text()).contains("tenants' group"));
    }

    @Test
    void aDescribedSpeakerNoPassageNamesIsRefusedWithTheClosestPassage() {
        Answer answer = ARTICLE.ask("What did the harbour group say?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.text()).doesNotContain("the passage that names");
        assertThat(answer.quotes()).hasSize(1);
    }

    @Test
    void aTitleTheArticleGivesTheSpeakerElsewhereCoversTheQuestionsTitle() {
        Answer answer = ARTICLE.ask("How did the governor answer the criticism?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> {
            assertThat(q.text()).contains("Lenz rejected the criticism");
            assertThat(q.role()).isEqualTo("regional governor");
        });
    }

    @Test
    void aQuestionsOwnReportingVerbPicksTheWordsReportedWithIt() {
        Answer answer = ARTICLE.ask("What did the governor promise?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.quotes()).first().satisfies(q -> {
            assertThat(q.text()).contains("the road would reopen");
            assertThat(q.speaker()).isEqualTo("Marta Lenz");
        });
    }
}
