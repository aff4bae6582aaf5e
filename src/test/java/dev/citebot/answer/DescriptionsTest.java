package dev.citebot.answer;

import dev.citebot.retrieve.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionsTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @Test
    void theHeadNounIsTheLastWordBeforeAnyOfWithoutItsArticleOrPossessive() {
        assertThat(Descriptions.head("the fire brigade")).contains("brigade");
        assertThat(Descriptions.head("the tenants' group")).contains("group");
        assertThat(Descriptions.head("the head of the water board")).contains("head");
        assertThat(Descriptions.head("the pensioner with the bad heart")).contains("pensioner");
        assertThat(Descriptions.head("the union's")).contains("union");
    }

    @Test
    void wordsThatStandForSpeakersWithoutDescribingThemAreNoHeadNouns() {
        assertThat(Descriptions.head("the others")).isEmpty();
        assertThat(Descriptions.head("all of them")).isEmpty();
        assertThat(Descriptions.head("both")).isEmpty();
        assertThat(Descriptions.unmentioned(analyzer.analyze("What did the - say?"), w -> false)).isPresent();
    }

    @Test
    void aNameHasNoHeadNoun() {
        assertThat(Descriptions.head("the boss of Halvex")).isEmpty();
        assertThat(Descriptions.head("Ole Brandt")).isEmpty();
    }

    @Test
    void onlyAWhoSaidQuestionWhoseHeadNounNoArticleMentionsIsUnmentioned() {
        Set<String> held = Set.of("harbour", "master", "road");
        assertThat(Descriptions.unmentioned(analyzer.analyze("What did the fire brigade say?"), held::contains))
                .contains("the fire brigade");
        assertThat(Descriptions.unmentioned(analyzer.analyze("What did the harbour master say?"), held::contains))
                .isEmpty();
        assertThat(Descriptions.unmentioned(analyzer.analyze("What did the harbour cook say?"), held::contains))
                .as("a word of the description is there").isEmpty();
        assertThat(Descriptions.unmentioned(analyzer.analyze("What did the officials say?"), held::contains))
                .as("a generic word for office-holders").isEmpty();
        assertThat(Descriptions.unmentioned(analyzer.analyze("Why did the fire brigade close the road?"),
                held::contains)).as("not a who-said question").isEmpty();
    }

    @Test
    void aDescriptionIsWrittenInATextThatHoldsItAfterAnotherArticle() {
        assertThat(Descriptions.writtenIn("the tenants' group", "A tenants' group was less patient.")).isTrue();
        assertThat(Descriptions.writtenIn("the tenants' group", "The group of tenants met.")).isFalse();
    }
}
