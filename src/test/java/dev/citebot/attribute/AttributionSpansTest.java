package dev.citebot.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The spans find, for any stretch, the attribution that weighing every one of an article's attributions finds; the
 * offsets are made up, not taken from an article.
 */
class AttributionSpansTest {

    @Test
    void contentOverlapBeatsACueInsideAndNarrationBelongsToNone() {
        List<IndexedAttribution> rows = List.of(
                attribution(null, -1, -1, 10, 40),
                attribution("said", 45, 49, 50, 90),
                attribution("added", 100, 105, 200, 260));
        AttributionSpans spans = AttributionSpans.of(rows);

        assertThat(spans.at(rows, 12, 30)).isSameAs(rows.get(0));
        assertThat(spans.at(rows, 35, 65)).isSameAs(rows.get(1));
        assertThat(spans.at(rows, 95, 110)).as("the cue alone inside").isSameAs(rows.get(2));
        assertThat(spans.at(rows, 92, 99)).as("narration").isNull();
        assertThat(spans.at(rows, 300, 320)).as("after every attribution").isNull();
    }

    @Test
    void ofAttributionsThatClaimAStretchEquallyTheFirstInTheArticlesListWins() {
        List<IndexedAttribution> rows = List.of(
                attribution("said", 80, 84, 50, 70),
                attribution(null, -1, -1, 40, 60));
        AttributionSpans spans = AttributionSpans.of(rows);

        assertThat(spans.at(rows, 50, 60)).isSameAs(rows.get(0));
        assertThat(spans.at(rows, 40, 50)).isSameAs(rows.get(1));
    }

    @Test
    void findsWhatWeighingEveryAttributionFindsForRandomArticles() {
        Random random = new Random(7);
        for (int article = 0; article < 200; article++) {
            List<IndexedAttribution> rows = randomAttributions(random, 1 + random.nextInt(60));
            AttributionSpans spans = AttributionSpans.of(rows);
            for (int stretch = 0; stretch < 200; stretch++) {
                int start = random.nextInt(2_100) - 50;
                int end = start + random.nextInt(120);
                assertThat(spans.at(rows, start, end)).as("article %d, [%d, %d)", article, start, end)
                        .isSameAs(everyAttribution(rows, start, end));
            }
        }
    }

    /** How the attribution of a stretch was found before the spans: each attribution weighed in list order. */
    private static IndexedAttribution everyAttribution(List<IndexedAttribution> rows, int start, int end) {
        IndexedAttribution best = null;
        int bestWeight = 0;
        for (IndexedAttribution a : rows) {
            Attribution at = a.attribution();
            int overlap = Math.min(end, at.contentEnd()) - Math.max(start, at.contentStart());
            boolean cueInside = at.cue() != null && at.cueStart() >= start && at.cueEnd() <= end;
            int weight = Math.max(overlap, cueInside ? 1 : 0);
            if (weight > bestWeight) {
                best = a;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** Attributions in no particular order, some overlapping, some long, cues before, after or inside contents. */
    private static List<IndexedAttribution> randomAttributions(Random random, int count) {
        List<IndexedAttribution> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int contentStart = random.nextInt(2_000);
            int contentEnd = contentStart + 1 + (random.nextInt(10) == 0 ? random.nextInt(600) : random.nextInt(80));
            if (random.nextInt(4) == 0) {
                rows.add(attribution(null, -1, -1, contentStart, contentEnd));
            } else {
                int cueStart = Math.max(0, contentStart + random.nextInt(200) - 100);
                rows.add(attribution("said", cueStart, cueStart + 1 + random.nextInt(12), contentStart, contentEnd));
            }
        }
        return rows;
    }

    private static IndexedAttribution attribution(String cue, int cueStart, int cueEnd, int contentStart,
                                                  int contentEnd) {
        Speaker speaker = new Speaker("Noor Haddad", "Haddad", null, 0, 6);
        Attribution a = new Attribution(speaker, cue, cueStart, cueEnd, contentStart, contentEnd,
                Attribution.Kind.INDIRECT);
        return new IndexedAttribution(1, "harbour.txt", 1, a, "x".repeat(contentEnd - contentStart));
    }
}
