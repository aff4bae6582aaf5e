package dev.citebot.retrieve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerShapeTest {
    @Test
    void datesDaysAndYearsAreTimes() {
        for (String s : new String[]{"The pier opened on Sunday.", "It closed on Monday March 3.", "In May the board met.",
                "The ferry ran until 1998.", "Fares rose two weeks ago.", "Back in April, the mayor spoke."}) {
            assertThat(AnswerShape.holds(QuestionType.WHEN, s)).as(s).isTrue();
        }
    }

    @Test
    void aWeekdayInANameAndMayAsASurnameAreNoTimes() {
        for (String s : new String[]{"The Sunday Herald reported that the pier was late.",
                "Theresa May said the pier was late.", "The Monday Club met the mayor."}) {
            assertThat(AnswerShape.holds(QuestionType.WHEN, s)).as(s).isFalse();
        }
    }

    @Test
    void numbersAndCausesHaveTheirShapes() {
        assertThat(AnswerShape.holds(QuestionType.HOW_MANY, "The city will buy twelve trams.")).isTrue();
        assertThat(AnswerShape.holds(QuestionType.HOW_MANY, "The city will buy trams.")).isFalse();
        assertThat(AnswerShape.holds(QuestionType.WHY, "The pier is late because of the storm.")).isTrue();
        assertThat(AnswerShape.holds(QuestionType.WHY, "The pier is late.")).isFalse();
    }
}
