package dev.citebot.answer;

import dev.citebot.retrieve.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @Test
    void aQuestionThatDeniesIsNotAnsweredByAPassageWithoutNegation() {
        String passage = "The ferry company added a night crossing to Rotterdam in 1998.";

        assertThat(Agreement.disagreement(analyzer.analyze("Which crossing did the ferry line not add?"), passage))
                .contains("negation");
        assertThat(Agreement.disagreement(analyzer.analyze("Which crossing did the ferry line add?"), passage))
                .isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("What route wasn't kept?"),
                "The company never kept the southern route.")).isEmpty();
    }

    @Test
    void aDenialAgreesWithAWordThatNegatesByItsPrefix() {
        assertThat(Agreement.disagreement(analyzer.analyze("Which paper called the timetable not realistic?"),
                "The Courier called the new timetable unrealistic.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("Which captain didn't agree with the plan?"),
                "Captain Holm disagreed with the plan from the start.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("Which paper called the timetable not realistic?"),
                "The Courier called the new timetable realistic.")).contains("negation");
        assertThat(Agreement.disagreement(analyzer.analyze("Which ferry is not united with the fleet?"),
                "The ferry runs under the union flag.")).contains("negation");
    }

    @Test
    void aDenialAgreesWithAWordOfOppositeMeaningWhereverTheVerbStands() {
        assertThat(Agreement.disagreement(analyzer.analyze("Why won't the old ferryman leave the island?"),
                "The old ferryman said he would stay on the island with his goats.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("Which town did not accept the toll?"),
                "Kelby rejected the toll within a week.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("Why won't the old ferryman leave the island?"),
                "The old ferryman said he would sell his goats on the island.")).contains("negation");
    }

    @Test
    void aNumberInTheQuestionMustBeInThePassage() {
        String passage = "Harbour dues rose by 1,200 crowns in 1998.";

        assertThat(Agreement.disagreement(analyzer.analyze("What rose by 1200 crowns in the harbour?"), passage))
                .isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("What did the harbour raise in 2004?"), passage))
                .contains("number 2004");
        assertThat(Agreement.disagreement(analyzer.analyze("Which 3 ports did the line serve?"),
                "The line served three ports.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("Which 4 ports did the line serve?"),
                "The line served three ports.")).contains("number 4");
    }

    @Test
    void whenAndHowManyNeedATimeOrANumberInThePassage() {
        String undated = "The ferry line built a second pier for its night boats.";

        assertThat(Agreement.disagreement(analyzer.analyze("When was the second pier built?"), undated))
                .contains("no time");
        assertThat(Agreement.disagreement(analyzer.analyze("In what year did the line build its second pier?"),
                "The line built its second pier in 1911.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("How many piers does the line have?"), undated))
                .contains("no number");
        assertThat(Agreement.disagreement(analyzer.analyze("How many boats sail at night?"),
                "Three boats sail at night.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("How old is the harbour master?"),
                "The harbour master, Ole Brandt, will run the night boats.")).contains("no number");
        assertThat(Agreement.disagreement(analyzer.analyze("How old is the harbour master?"),
                "The harbour master, Ole Brandt, 64, will run the night boats.")).isEmpty();
    }

    @Test
    void aQuestionForANameWantsOneThePassageWrites() {
        assertThat(Agreement.disagreement(analyzer.analyze("What's the name of the diver who was hurt?"),
                "One diver was treated for cuts and released on Tuesday.")).contains("no name");
        assertThat(Agreement.disagreement(analyzer.analyze("What's the name of the diver who was hurt?"),
                "The diver, Ines Moreau, was treated for cuts.")).isEmpty();
    }

    @Test
    void aQuestionDeniesWhenItHoldsANegation() {
        assertThat(Agreement.denies(analyzer.analyze("What did the harbour master not promise?"))).isTrue();
        assertThat(Agreement.denies(analyzer.analyze("Which boats weren't insured?"))).isTrue();
        assertThat(Agreement.denies(analyzer.analyze("What did the harbour master promise?"))).isFalse();
    }

    @Test
    void howManyNeedsANumberOfTheThingCounted() {
        assertThat(Agreement.disagreement(analyzer.analyze("How many ships sailed to Riga?"),
                "The line sent four cargo ships to Riga.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("How many ships sailed to Riga?"),
                "The line ran two-ship convoys to Riga.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("How many ships sailed to Riga?"),
                "In 1921, 5,000 dockers and their ships went to Riga.")).contains("uncounted ships sailed");
        assertThat(Agreement.disagreement(analyzer.analyze("How many US presidents studied there?"),
                "Its alumni include eight U.S. presidents.")).isEmpty();        assertThat(Agreement.disagreement(analyzer.analyze("How many houses burned down?"),
                "The fire destroyed at least 37 homes.")).isEmpty();
        assertThat(Agreement.disagreement(analyzer.analyze("How many people got hurt on the pier?"),
                "The clinic treated nine dockers for cuts after the pier gave way.")).isEmpty();
    }

    @Test
    void whereIsNotAnsweredByAPassageWithoutAPlace() {
        assertThat(Agreement.disagreement(analyzer.analyze("Where will the harbour board meet the mayor?"),
                "The harbour board will meet the mayor after the storm.")).contains("no place");
        assertThat(Agreement.disagreement(analyzer.analyze("Where will the harbour board meet the mayor?"),
                "The harbour board will meet the mayor at the town hall.")).isEmpty();
    }
}
