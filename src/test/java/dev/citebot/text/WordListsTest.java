package dev.citebot.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListsTest {
    @Test
    void theReportingVerbsAreReadLowerCaseWithoutComments() {
        Set<String> verbs = WordLists.bundled(WordLists.REPORTING_VERBS);

        assertThat(verbs).contains("said", "warned", "cautioned").doesNotContain("shouted");
        assertThat(verbs).allSatisfy(v -> assertThat(v).isLowerCase().doesNotStartWith("#").isEqualTo(v.strip()));
    }

    @Test
    void theVerbsOfSayingAreTheReportingVerbsAndTheOtherSpeechVerbs() {
        assertThat(WordLists.verbsOfSaying()).containsAll(WordLists.bundled(WordLists.REPORTING_VERBS))
                .containsAll(WordLists.bundled(WordLists.SPEECH_VERBS)).contains("said", "shouted", "demanded");
    }

    @Test
    void aMissingListIsAClearError() {
        assertThatThrownBy(() -> WordLists.bundled("no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/lexicon/no-such-list.txt");
    }
}
