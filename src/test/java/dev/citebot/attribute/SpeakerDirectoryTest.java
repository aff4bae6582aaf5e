package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The directory finds by its word lists exactly the attributions that comparing the asked name with every speaker
 * finds, in the same order; the names are made up.
 */
class SpeakerDirectoryTest {
    private static final List<String> ASKED = List.of("Liqun", "Wen Liqun", "Mr. Wen", "Ms. Liqun", "the ministry",
            "the Ministry of Water Resources", "MWR", "the water minister", "minister", "Dr. Osei", "Osei",
            "Kwame Asante Osei Jr.", "Mr. Su-won", "Pak Su-won", "Su-won", "the Daily Ledger", "Ledger", "Ledger's",
            "the DL", "he", "Nobody Known", "Mr. Nobody", "", "Okafor", "Mr. Ida", "the agency", "Brandt",
            "the Harbour Board", "the harbour board people", "the board", "Harbour Board spokesman", "Pak", "Kwame",
            "the agency spokesman", "the spokesperson for the agency");

    private final List<IndexedAttribution> first = List.of(
            attribution(1, "Wen Liqun", "Wen", "water minister", Attribution.Kind.DIRECT, "the reservoir is full"),
            attribution(1, "the Ministry of Water Resources", "the ministry", null, Attribution.Kind.INDIRECT,
                    "repairs start in May after the rains"),
            attribution(1, "Wen Liqun", "he", "water minister", Attribution.Kind.INDIRECT, "such a plan"),
            attribution(1, "Kwame Asante Osei Jr.", "Osei", "agency head", Attribution.Kind.MIXED, "no delay"));
    private final List<IndexedAttribution> second = List.of(
            attribution(2, "Pak Su-won", "Pak", null, Attribution.Kind.DIRECT, "the dam will hold for now"),
            attribution(2, "The Daily Ledger", "the Ledger", null, Attribution.Kind.INDIRECT,
                    "the contract was signed last year"),
            attribution(2, "Ida Brandt Okafor", "Okafor", "spokeswoman for the agency", Attribution.Kind.INDIRECT,
                    "the water is safe to drink"),
            attribution(2, "Lena Wen", "Wen", null, Attribution.Kind.DIRECT, "the figures are wrong"),
            attribution(2, "Tomas Vik", "Vik", "Harbour Board spokesman", Attribution.Kind.DIRECT,
                    "the quay reopens on Monday"));

    @Test
    void findsWhatComparingEverySpeakerFinds() {
        List<SpeakerDirectory> articles = List.of(SpeakerDirectory.of(first), SpeakerDirectory.of(second));
        List<IndexedAttribution> all = new ArrayList<>(first);
        all.addAll(second);
        for (String asked : ASKED) {
            assertThat(SpeakerMatches.rank(asked, articles)).as(asked).isEqualTo(everySpeaker(asked, all));
        }
    }

    @Test
    void theWordsItIsAskedByIncludeInitialsRolesAndTitledNames() {
        List<SpeakerDirectory> articles = List.of(SpeakerDirectory.of(first), SpeakerDirectory.of(second));
        assertThat(SpeakerMatches.rank("the DL", articles)).containsExactly(second.get(1));
        assertThat(SpeakerMatches.rank("the water minister", articles)).containsExactly(first.get(0), first.get(2));
        assertThat(SpeakerMatches.rank("Mr. Su-won", articles)).containsExactly(second.get(0));
        assertThat(SpeakerMatches.rank("Nobody Known", articles)).isEmpty();
        assertThat(SpeakerMatches.rank("the Harbour Board", articles)).as("its spokesman speaks for it")
                .containsExactly(second.get(4));
        assertThat(SpeakerMatches.rank("the Harbour Board guy", articles)).containsExactly(second.get(4));
    }

    @Test
    void countsTheWordsOfAContentAsSplittingAtWhiteSpaceDoes() {
        for (String content : List.of("", "  ", "one", " two  words ", "a\tb\nc d", "x\u00a0y z", "\u2003lead trail\u2003")) {
            IndexedAttribution a = attribution(1, "Wen Liqun", "Wen", null, Attribution.Kind.DIRECT, content);
            assertThat(a.contentWords()).as(content).isEqualTo(content.strip().split("\\s+").length);
        }
    }

    /** The ranking as it was before the directory: every speaker compared with the name asked about. */
    private static List<IndexedAttribution> everySpeaker(String asked, List<IndexedAttribution> all) {
        record Scored(IndexedAttribution a, double match, int informativeness) {
        }
        List<Scored> scored = new ArrayList<>();
        for (IndexedAttribution a : all) {
            double match = SpeakerQuery.match(asked, a.speaker());
            if (match > 0) {
                scored.add(new Scored(a, match, informativeness(a)));
            }
        }
        if (scored.isEmpty()) {
            for (IndexedAttribution a : all) {
                if (SpeakerQuery.byTitledName(asked, a.speaker())) {
                    scored.add(new Scored(a, 1, informativeness(a)));
                }
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.match()).thenComparingInt(Scored::informativeness));
        return scored.stream().map(Scored::a).toList();
    }

    private static int informativeness(IndexedAttribution a) {
        if (a.attribution().kind() != Attribution.Kind.INDIRECT) {
            return 0;
        }
        return a.content().strip().split("\\s+").length < 4 ? 2 : 1;
    }

    private static IndexedAttribution attribution(long article, String name, String mention, String role,
                                                  Attribution.Kind kind, String content) {
        Speaker speaker = new Speaker(name, mention, role, 0, mention.length());
        Attribution a = new Attribution(speaker, "said", 20, 24, 30, 30 + Math.max(content.length(), 1), kind);
        return new IndexedAttribution(article, "river-" + article + ".txt", 1, a, content);
    }
}
