package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The attributions of the speaker someone names, best match first ({@link SpeakerQuery#match}: a full name,
 * mention, role or initials before a bare surname); only when nothing matches so, those whose speaker an
 * honorific and one name points to ({@link SpeakerQuery#byTitledName}: "Mr. Ban" for "Ban Ki-moon"). Among equal
 * matches, the speaker's own words first (direct and mixed quotes), then reported contents, then contents of a
 * few words that only point back ("This opposition"); then in the given order.
 */
final class SpeakerMatches {
    /** Contents of fewer words are ranked last. */
    private static final int SHORT_CONTENT_WORDS = 4;

    private SpeakerMatches() {
    }

    /** The attributions of {@code all} whose speaker {@code name} names, ranked. */
    static List<IndexedAttribution> rank(String name, List<IndexedAttribution> all) {
        List<Ranked> ranked = matching(all, a -> SpeakerQuery.match(name, a.speaker()));
        if (ranked.isEmpty()) {
            ranked = matching(all, a -> SpeakerQuery.byTitledName(name, a.speaker()) ? 1 : 0);
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.match()).thenComparingInt(Ranked::informativeness));
        return ranked.stream().map(Ranked::attribution).toList();
    }

    private static List<Ranked> matching(List<IndexedAttribution> all, ToDoubleFunction<IndexedAttribution> fit) {
        List<Ranked> out = new ArrayList<>();
        for (IndexedAttribution a : all) {
            double match = fit.applyAsDouble(a);
            if (match > 0) {
                out.add(new Ranked(a, match, informativeness(a)));
            }
        }
        return out;
    }

    /** 0 for a quotation, 1 for reported content, 2 for a content too short to say anything on its own. */
    private static int informativeness(IndexedAttribution a) {
        if (a.attribution().kind() != Attribution.Kind.INDIRECT) {
            return 0;
        }
        return a.content().strip().split("\\s+").length < SHORT_CONTENT_WORDS ? 2 : 1;
    }

    /** An attribution with its sort keys, computed once. */
    private record Ranked(IndexedAttribution attribution, double match, int informativeness) {
    }
}
