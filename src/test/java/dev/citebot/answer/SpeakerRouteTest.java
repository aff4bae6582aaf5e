package dev.citebot.answer;

import dev.citebot.article.Scope;
import dev.citebot.attribute.Attribution;
import dev.citebot.attribute.IndexedAttribution;
import dev.citebot.attribute.Speaker;
import dev.citebot.retrieve.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerRouteTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final List<String> asked = new ArrayList<>();

    @Test
    void onlyABareWhatDidXSayTakesTheRoute() {
        assertThat(SpeakerRoute.applies(analyzer.analyze("What did Mayor Ida Brandt say?"))).isTrue();
        assertThat(SpeakerRoute.applies(analyzer.analyze("What did Brandt declare?"))).isTrue();
        assertThat(SpeakerRoute.applies(analyzer.analyze("What else did Ida Brandt say?"))).isTrue();
        assertThat(SpeakerRoute.applies(analyzer.analyze("Did the ferry service say anything?"))).isTrue();
        assertThat(SpeakerRoute.applies(analyzer.analyze("What did Brandt say about the harbour fees?"))).isFalse();
        assertThat(SpeakerRoute.applies(analyzer.analyze("When was the harbour dredged?"))).isFalse();
    }

    @Test
    void theSurnameIsAskedWhenTheNameAsWrittenFindsNothing() {
        IndexedAttribution fees = attribution(10, 30, "the fees will fall");
        SpeakerRoute route = new SpeakerRoute((name, article) -> {
            asked.add(name);
            return name.equals("Brandt") ? List.of(fees) : List.of();
        });

        List<IndexedAttribution> found = route.quotes(analyzer.analyze("What did Mrs. Ida Brandt say?"), Scope.ALL, 3,
                text -> false);

        assertThat(found).containsExactly(fees);
        assertThat(asked).containsExactly("Mrs. Ida Brandt", "Brandt");
    }

    @Test
    void quotesAlreadyShownAndOverlappingOnesAreLeftOut() {
        IndexedAttribution a = attribution(10, 30, "the fees will fall");
        IndexedAttribution inside = attribution(15, 25, "fees will fall soon");
        IndexedAttribution b = attribution(40, 60, "the pier stays open");
        IndexedAttribution c = attribution(70, 90, "dredging starts soon");
        SpeakerRoute route = new SpeakerRoute((name, article) -> List.of(a, inside, b, c));

        assertThat(route.quotes(analyzer.analyze("What did Brandt say?"), Scope.article(1), 3, t -> false))
                .containsExactly(a, b, c);
        assertThat(route.quotes(analyzer.analyze("What else did Brandt say?"), Scope.article(1), 3,
                t -> t.content().equals("the fees will fall"))).containsExactly(inside, b, c);
        assertThat(route.quotes(analyzer.analyze("What else did Brandt say?"), Scope.article(1), 3, t -> true))
                .isEmpty();
    }

    @Test
    void contentsOfAFewWordsComeAfterTheOthers() {
        IndexedAttribution pointer = attribution(5, 9, "such a promise");
        IndexedAttribution full = attribution(40, 60, "the pier stays open all winter");
        SpeakerRoute route = new SpeakerRoute((name, article) -> List.of(pointer, full));

        assertThat(route.quotes(analyzer.analyze("What did Brandt say?"), Scope.ALL, 3, t -> false))
                .containsExactly(full, pointer);
    }

    @Test
    void aMentionIsAWholeWordOfTheLastName() {
        assertThat(SpeakerRoute.mentions("Mayor Ida Brandt", "Ms. Brandt, who chairs the board, left early.")).isTrue();
        assertThat(SpeakerRoute.mentions("Mayor Ida Brandt", "Brandtner left early.")).isFalse();
        assertThat(SpeakerRoute.lastName("Vann R. Okafor II")).isEqualTo("Okafor");
    }

    @Test
    void aPossessiveIsNotTheSpeakersName() {
        assertThat(SpeakerRoute.lastName("Ruritania's former harbour minister"))
                .as("no other capitalised word: the name itself").isEqualTo("Ruritania's former harbour minister");
        assertThat(SpeakerRoute.lastName("Brandt's deputy Okafor")).isEqualTo("Okafor");
        assertThat(SpeakerRoute.lastName("the mayor’s aide")).isEqualTo("the mayor’s aide");
    }

    private static IndexedAttribution attribution(int start, int end, String content) {
        Speaker speaker = new Speaker("Ida Brandt", "Brandt", "mayor", 0, 6);
        Attribution at = new Attribution(speaker, "said", 0, 4, start, end, Attribution.Kind.INDIRECT);
        return new IndexedAttribution(1, "harbour.txt", 1, at, content);
    }
}
