package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void bundledListsHoldInflectedVerbsTitlesAndNouns() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.reportingVerbs()).contains("said", "says", "told", "warned", "arguing", "indicated",
                "reiterated", "accused", "insisted");
        assertThat(lexicon.titles()).contains("spokesman", "prime minister", "secretary of state", "source");
        assertThat(lexicon.attributionNouns()).contains("statement", "warning", "article");
        assertThat(lexicon.reportingVerbs()).doesNotContain("state", "release");
        assertThat(lexicon.beliefVerbs()).contains("knows", "feared", "suspecting");
        assertThat(lexicon.intentionVerbs()).contains("plans", "refused", "vowing");
        assertThat(lexicon.stanceVerbs()).contains("endorsed", "rejects", "spoke");
        assertThat(lexicon.intentionNouns()).contains("decision", "refusal");
    }

    @Test
    void commentLinesAreNotEntries() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.reportingVerbs()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.titles()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.attributionNouns()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.beliefVerbs()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.intentionVerbs()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.stanceVerbs()).noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(lexicon.intentionNouns()).noneMatch(w -> w.startsWith("#") || w.isBlank());
    }

    @Test
    void entriesAreTrimmedAndLowerCased() {
        Lexicon lexicon = new Lexicon(Set.of(" Said ", "WARNED"), Set.of("Prime Minister"), Set.of(" Statement"));
        assertThat(lexicon.reportingVerbs()).containsExactlyInAnyOrder("said", "warned");
        assertThat(lexicon.titles()).containsExactly("prime minister");
        assertThat(lexicon.attributionNouns()).containsExactly("statement");
    }

    @Test
    void aCustomLexiconDrivesTheFinder() {
        Lexicon lexicon = new Lexicon(Set.of("quipped"), Set.of("clown"), Set.of());
        SpeakerFinder finder = new RuleSpeakerFinder(lexicon);
        String sentence = "A clown quipped that the tent was too small.";
        assertThat(finder.find(sentence, 0, sentence.length())).map(Speaker::name).contains("A clown");
        String other = "A clown said that the tent was too small.";
        assertThat(finder.find(other, 0, other.length())).isEmpty();
    }
}
