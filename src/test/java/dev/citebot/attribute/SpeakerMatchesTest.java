package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which attributions a name someone asks about finds, and in what order; the names are made up. */
class SpeakerMatchesTest {
    private final IndexedAttribution wen = attribution("Wen Liqun", "the reservoir will be full by June");
    private final IndexedAttribution wenShort = attribution("Wen Liqun", "such a plan");
    private final IndexedAttribution lena = attribution("Lena Wen", "the dam needs repairs first");

    @Test
    void anHonorificAndAFirstWrittenFamilyNameFindsTheSpeakerWhenNothingElseDoes() {
        assertThat(rank("Mr. Wen", List.of(wenShort, wen))).containsExactly(wen, wenShort);
    }

    @Test
    void theFallbackStaysOutWhenAnotherSpeakerMatches() {
        assertThat(rank("Mr. Wen", List.of(wen, lena))).containsExactly(lena);
    }

    @Test
    void withoutAnHonorificAFirstNameFindsNoOne() {
        assertThat(rank("Liqun Zhao", List.of(wen))).isEmpty();
    }

    private static List<IndexedAttribution> rank(String name, List<IndexedAttribution> all) {
        return SpeakerMatches.rank(name, List.of(SpeakerDirectory.of(all)));
    }

    private static IndexedAttribution attribution(String name, String content) {
        Speaker speaker = new Speaker(name, name, null, 0, name.length());
        Attribution a = new Attribution(speaker, "said", 0, 4, 10, 10 + content.length(),
                Attribution.Kind.INDIRECT);
        return new IndexedAttribution(1, "reservoir.txt", 1, a, content);
    }
}
