package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One article's attributions, with each speaker's {@linkplain SpeakerQuery#key key} computed once and the
 * attributions each word points to: "What did X say?" over every article then looks up the last word of the name
 * asked about instead of comparing it with every speaker (at 100,000 passages the comparisons took 2–4 s a
 * question while they normalised every speaker's names anew, and 50–190 ms once the keys were kept).
 * <p>
 * {@link SpeakerQuery#match} is above 0 only for a speaker whose name, mention or role ends with the asked name's
 * last word, or whose initials are the asked name (one word, so its own last word): those are the words the
 * attributions are found by. {@link SpeakerQuery#byTitledName} holds only for a speaker whose name's first or last
 * word is the honorific's name. Immutable.
 */
final class SpeakerDirectory {
    private static final int[] NONE = new int[0];

    private final List<IndexedAttribution> rows;
    private final List<SpeakerKey> keys;
    private final Map<String, int[]> byLastWord;
    private final Map<String, int[]> byTitledWord;

    private SpeakerDirectory(List<IndexedAttribution> rows) {
        this.rows = List.copyOf(rows);
        this.keys = this.rows.stream().map(a -> SpeakerQuery.key(a.speaker())).toList();
        this.byLastWord = index(keys, k -> List.of(k.nameLast(), k.mentionLast(), lastWord(k.role()), k.initials()));
        this.byTitledWord = index(keys, k -> List.of(k.firstWord(), k.lastWord()));
    }

    /** The directory of one article's attributions, given in text order. */
    static SpeakerDirectory of(List<IndexedAttribution> rows) {
        return new SpeakerDirectory(rows);
    }

    List<IndexedAttribution> rows() {
        return rows;
    }

    /** The attributions whose speaker {@code asked} fits ({@link SpeakerQuery#match} above 0), in text order. */
    void matching(AskedName asked, List<Ranked> out) {
        for (int i : byLastWord.getOrDefault(asked.lastWord(), NONE)) {
            double match = SpeakerQuery.match(asked, keys.get(i));
            if (match > 0) {
                out.add(Ranked.of(rows.get(i), match));
            }
        }
    }

    /** The attributions whose speaker {@code asked} names by an honorific and one name, in text order. */
    void matchingTitled(AskedName asked, List<Ranked> out) {
        for (int i : byTitledWord.getOrDefault(asked.titledWord(), NONE)) {
            if (SpeakerQuery.byTitledName(asked, keys.get(i))) {
                out.add(Ranked.of(rows.get(i), 1));
            }
        }
    }

    private interface Words {
        List<String> of(SpeakerKey key);
    }

    private static Map<String, int[]> index(List<SpeakerKey> keys, Words words) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String word : new LinkedHashSet<>(words.of(keys.get(i)))) {
                if (!word.isEmpty()) {
                    lists.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((word, at) -> out.put(word, at.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    /** An attribution that matched, with its sort keys computed once. */
    record Ranked(IndexedAttribution attribution, double match, int informativeness) {
        /** Contents of fewer words are ranked last. */
        private static final int SHORT_CONTENT_WORDS = 4;

        static Ranked of(IndexedAttribution a, double match) {
            return new Ranked(a, match, informativeness(a));
        }

        /** 0 for a quotation, 1 for reported content, 2 for a content too short to say anything on its own. */
        private static int informativeness(IndexedAttribution a) {
            if (a.attribution().kind() != Attribution.Kind.INDIRECT) {
                return 0;
            }
            return a.contentWords() < SHORT_CONTENT_WORDS ? 2 : 1;
        }
    }
}
