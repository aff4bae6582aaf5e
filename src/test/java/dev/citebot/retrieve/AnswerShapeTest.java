package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerShapeTest {
    private static boolean holds(String question, String sentence) {
        return AnswerShape.holds(new QuestionAnalyzer().analyze(question), sentence);
    }

    @Test
    void datesDaysAndYearsAreTimes() {
        for (String s : new String[]{"The pier opened on Sunday.", "It closed on Monday March 3.", "In May the board met.",
                "The ferry ran until 1998.", "Fares rose two weeks ago.", "Back in April, the mayor spoke."}) {
            assertThat(holds("When did it happen?", s)).as(s).isTrue();
        }
    }

    @Test
    void spansFromNowAbbreviatedMonthsAndClockTimesAreTimes() {
        for (String s : new String[]{"The audit will be out within 30 days.", "The pier reopens in two weeks.",
                "The board will vote next month.", "The panel rules by Nov. 3.", "The gate shut at 4:15 p.m.",
                "The search for a new director starts immediately."}) {
            assertThat(holds("When will it happen?", s)).as(s).isTrue();
        }
        assertThat(holds("When will it happen?", "Dr. Lee spent 30 dollars in the shop.")).isFalse();
    }

    @Test
    void aWeekdayInANameAndMayAsASurnameAreNoTimes() {
        for (String s : new String[]{"The Sunday Herald reported that the pier was late.",
                "Theresa May said the pier was late.", "The Monday Club met the mayor."}) {
            assertThat(holds("When did it happen?", s)).as(s).isFalse();
        }
    }

    @Test
    void anOccasionAnswersWhenUnlessItIsWhatTheQuestionAsksAbout() {
        String s = "The lifeboats would be launched in the event of a flood, the harbour master said.";
        assertThat(holds("When would the lifeboats be launched?", s)).isTrue();
        assertThat(holds("When would the boats go out?", "They would go out after the storm.")).isTrue();
        assertThat(holds("When does the flood start?", s)).isFalse();
        String talks = "The mayor may raise the fares during the talks between the board and the unions.";
        assertThat(holds("When may the fares rise?", talks)).isTrue();
        assertThat(holds("When will the board and the unions talk?", talks)).isFalse();
        assertThat(holds("When would the lifeboats be launched?", "The lifeboats are kept in the event hall."))
                .isFalse();
    }

    @Test
    void howLongWantsADurationOrALength() {
        assertThat(new QuestionAnalyzer().analyze("How long will the ferry run?").type())
                .isEqualTo(QuestionType.HOW_LONG);
        assertThat(new QuestionAnalyzer().analyze("How long ago did the ferry stop?").type())
                .isEqualTo(QuestionType.WHEN);
        for (String s : new String[]{"The ferry will run for three more years.", "It ran until the bridge opened.",
                "The pier is 400 metres long.", "The closure is temporary.", "It has run since the 1950s."}) {
            assertThat(holds("How long will the ferry run?", s)).as(s).isTrue();
        }
        assertThat(holds("How long will the ferry run?", "It ran well into the next century.")).isTrue();
        assertThat(holds("How long will the ferry run?", "The ferry will run on weekdays.")).isFalse();
        assertThat(holds("How long will the ferry run?", "The ferry will run into the harbour.")).isFalse();
    }

    @Test
    void numbersAndCausesHaveTheirShapes() {
        assertThat(holds("How many trams will the city buy?", "The city will buy twelve trams.")).isTrue();
        assertThat(holds("How many trams will the city buy?", "The city will buy trams.")).isFalse();
        assertThat(holds("Why is the pier late?", "The pier is late because of the storm.")).isTrue();
        assertThat(holds("Why is the pier late?", "The pier is late.")).isFalse();
        assertThat(holds("Why would divers be needed?", "Divers would check the pier to ensure it is safe.")).isTrue();
    }

    @Test
    void whereWantsAPlaceWhereSomethingIsOrHappens() {
        for (String s : new String[]{"The new ferry line is run from an office in Harbourside.",
                "The trams are kept at the old depot near the river.", "The board met outside Wexley.",
                "In Port Alda the pier was rebuilt.", "Most of the crews now work abroad.",
                "The line is run as set out in Article 4 of the harbour charter."}) {
            assertThat(holds("Where is the ferry line run?", s)).as(s).isTrue();
        }
        for (String s : new String[]{"The ferry line is run by the harbour board.",
                "In March the ferry line was handed to the mayor.", "The line was handed to Ruth Calder.",
                "The line runs in the event of a storm."}) {
            assertThat(holds("Where is the ferry line run?", s)).as(s).isFalse();
        }
    }

    @Test
    void aPlaceToOrFromAnswersOnlyWhereSomethingGoesOrComesFrom() {
        String sent = "The board sent two of its ferries to Port Alda.";
        assertThat(holds("Where were the ferries sent?", sent)).isTrue();
        assertThat(holds("Where did the crews come from?", "The crews came from the north coast.")).isTrue();
        assertThat(holds("Where is the board based?", sent)).isFalse();
        assertThat(holds("Where is the board headquartered?", sent)).isFalse();
    }

    @Test
    void thePlaceTheQuestionNamesIsNoAnswerAndAStanceAsksForNone() {
        assertThat(holds("Where in Harbourside did the board meet?", "The board met in Harbourside.")).isFalse();
        assertThat(holds("Where in Harbourside did the board meet?", "The board met at the town hall in Harbourside."))
                .isTrue();
        assertThat(holds("Where does the mayor stand on fares?", "The mayor wants lower fares.")).isTrue();
    }
}
