package dev.citebot.answer;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class LowerCaseNamesTest {
    private static final Predicate<String> NAMES = Set.of("wexley", "ostrava", "lee", "harbour")::contains;

    @Test
    void aQuestionInLowerCaseGetsTheArticlesCapitals() {
        assertThat(LowerCaseNames.capitalised("did wexley agree to open the pier?", NAMES))
                .isEqualTo("did Wexley agree to open the pier?");
        assertThat(LowerCaseNames.capitalised("what did lee say about ostrava", NAMES))
                .isEqualTo("what did Lee say about Ostrava");
    }

    @Test
    void aQuestionWithCapitalsStopwordsAndShortWordsStayAsTyped() {
        assertThat(LowerCaseNames.capitalised("Did wexley agree with Ostrava?", NAMES))
                .isEqualTo("Did wexley agree with Ostrava?");
        assertThat(LowerCaseNames.capitalised("did the mayor agree?", w -> true))
                .as("stopwords are no names").isEqualTo("did the Mayor Agree?");
        assertThat(LowerCaseNames.capitalised("is it ok?", w -> true)).isEqualTo("is it ok?");
    }
}
