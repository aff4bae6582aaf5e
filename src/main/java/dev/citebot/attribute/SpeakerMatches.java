package dev.citebot.attribute;

import dev.citebot.attribute.SpeakerDirectory.Ranked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The attributions of the speaker someone names, best match first ({@link SpeakerQuery#match}: a full name,
 * mention, role or initials before a bare surname); only when nothing matches so, those whose speaker an
 * honorific and one name points to ({@link SpeakerQuery#byTitledName}: "Mr. Ban" for "Ban Ki-moon"). Among equal
 * matches, the speaker's own words first (direct and mixed quotes), then reported contents, then contents of a
 * few words that only point back ("This opposition"); then in the given order.
 */
final class SpeakerMatches {
    private SpeakerMatches() {
    }

    /** The attributions in {@code articles}, taken in the order given, whose speaker {@code name} names, ranked. */
    static List<IndexedAttribution> rank(String name, Iterable<SpeakerDirectory> articles) {
        AskedName asked = SpeakerQuery.asked(name);
        List<Ranked> ranked = new ArrayList<>();
        for (SpeakerDirectory article : articles) {
            article.matching(asked, ranked);
        }
        String titled = SpeakerQuery.titledWord(name);
        if (ranked.isEmpty() && !titled.isEmpty()) {
            for (SpeakerDirectory article : articles) {
                article.matchingTitled(titled, ranked);
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.match()).thenComparingInt(Ranked::informativeness));
        return ranked.stream().map(Ranked::attribution).toList();
    }
}
