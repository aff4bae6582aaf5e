package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterpartsTest {

    @Test
    void aPassageAboutTheCounterpartAloneDoesNotAnswer() {
        assertThat(Counterparts.swapped("Why was the women's rowing coach dismissed?",
                "The club dismissed its men's rowing coach on Monday.")).contains("women's");
        assertThat(Counterparts.swapped("Who won the boys' final?",
                "The girls' final went to the home side.")).contains("boys'");
    }

    @Test
    void aPassageWithTheAskedWordOrWithNeitherAnswers() {
        assertThat(Counterparts.swapped("Why was the women's rowing coach dismissed?",
                "The club dismissed both its men's and its women's rowing coaches.")).isEmpty();
        assertThat(Counterparts.swapped("Why was the women's rowing coach dismissed?",
                "The club dismissed its rowing coach on Monday.")).isEmpty();
        assertThat(Counterparts.swapped("What did the chairman say?",
                "A man said the club was wrong.")).isEmpty();
    }
}
