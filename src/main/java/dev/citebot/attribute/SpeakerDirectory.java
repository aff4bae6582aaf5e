package dev.citebot.attribute;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One article's attributions, with each speaker's {@linkplain SpeakerQuery#key key} computed once and the
 * attributions each word points to: "What did X say?" over every article then looks up the last word of the name
 * asked about instead of comparing it with every speaker (at 100,000 passages the comparisons took up to 4 s a
 * question while they normalised every speaker's names anew for each question, 50–190 ms once the keys were kept,
 * and the lookup 2–130 ms).
 * <p>
 * {@link SpeakerQuery#match} is above 0 only for a speaker whose name, mention or role ends with the asked name's
 * last word, whose initials are the asked name (one word, so its own last word), or whose role is a spokesperson
 * of the body asked about ("Kremlin spokesman" for "the Kremlin": filed under the body's last word too): those are
 * the words the attributions are found by. {@link SpeakerQuery#byTitledName} holds only for a speaker whose name's
 * first or last word is the honorific's name. Thread-safe: the keys and word lists of a directory made by {@link #of(List)}
 * are built by the first search (two racing searches may both build them), so an article read only for its
 * passages' speakers never pays for them; the spans that {@link #at} finds a passage's attribution by are built by
 * its first call in the same way.
 */
final class SpeakerDirectory {
    private static final int[] NONE = new int[0];
    /** The key under which every spokesperson's attributions are found, whichever word the role uses. */
    private static final String SPOKESPERSON = "#spokesperson";

    private final List<IndexedAttribution> rows;
    private volatile Lookup lookup;
    private volatile AttributionSpans spans;

    private SpeakerDirectory(List<IndexedAttribution> rows, Lookup lookup) {
        this.rows = rows;
        this.lookup = lookup;
    }

    /** The directory of one article's attributions, given in text order; its keys are built when first searched. */
    static SpeakerDirectory of(List<IndexedAttribution> rows) {
        return new SpeakerDirectory(List.copyOf(rows), null);
    }

    /** Like {@link #of(List)}, with its keys built now and taken from {@code shared}. */
    static SpeakerDirectory of(List<IndexedAttribution> rows, SharedNames shared) {
        List<IndexedAttribution> copy = List.copyOf(rows);
        return new SpeakerDirectory(copy, Lookup.of(copy, shared));
    }

    List<IndexedAttribution> rows() {
        return rows;
    }

    /**
     * The attribution a stretch of the article belongs to, or null ({@link AttributionSpans#at}); the spans are
     * built by the first call, like the keys.
     */
    IndexedAttribution at(int start, int end) {
        AttributionSpans s = spans;
        if (s == null) {
            s = AttributionSpans.of(rows);
            spans = s;
        }
        return s.at(rows, start, end);
    }

    /** The keys of the rows' speakers, in the rows' order. */
    List<SpeakerKey> keys() {
        return lookup().keys();
    }

    /** The attributions whose speaker {@code asked} fits ({@link SpeakerQuery#match} above 0), in text order. */
    void matching(AskedName asked, List<Ranked> out) {
        Lookup l = lookup();
        int[] candidates = positions(l.byLastWord(), asked.lastWord(), asked.bodyLastWord());
        if (SpeakerQuery.isSpokesperson(asked.normalised())) {
            candidates = IntStream.concat(IntStream.of(candidates),
                    IntStream.of(positions(l.byLastWord(), SPOKESPERSON))).sorted().distinct().toArray();
        }
        for (int i : candidates) {
            double match = SpeakerQuery.match(asked, l.keys().get(i));
            if (match > 0) {
                out.add(Ranked.of(rows.get(i), match));
            }
        }
    }

    /**
     * The attributions whose speaker an honorific and one name names, {@code word} being that name
     * ({@link SpeakerQuery#titledWord}), in text order.
     */
    void matchingTitled(String word, List<Ranked> out) {
        Lookup l = lookup();
        for (int i : positions(l.byTitledWord(), word)) {
            if (SpeakerQuery.byTitledWord(word, l.keys().get(i))) {
                out.add(Ranked.of(rows.get(i), 1));
            }
        }
    }

    private Lookup lookup() {
        Lookup l = lookup;
        if (l == null) {
            l = Lookup.of(rows, new SharedNames());
            lookup = l;
        }
        return l;
    }

    /**
     * The speakers' keys, in the rows' order, and the words they are found by.
     *
     * @param byLastWord   each entry a word's hash code (high half) and an attribution's position (low half), ascending
     * @param byTitledWord the same for the words an honorific names
     */
    private record Lookup(List<SpeakerKey> keys, long[] byLastWord, long[] byTitledWord) {
        static Lookup of(List<IndexedAttribution> rows, SharedNames shared) {
            List<SpeakerKey> keys = rows.stream().map(a -> shared.key(a.speaker())).toList();
            return new Lookup(keys,
                    index(keys, k -> List.of(k.nameLast(), k.mentionLast(), lastWord(k.role()), k.initials(),
                            lastWord(SpeakerQuery.spokenFor(k.role())), firstWord(k.name()),
                            SpeakerQuery.isSpokesperson(k.role()) ? SPOKESPERSON : "")),
                    index(keys, k -> List.of(k.firstWord(), k.lastWord())));
        }
    }

    private interface Words {
        List<String> of(SpeakerKey key);
    }

    /**
     * The words' entries, sorted: a long per word and attribution rather than a map per article, which at a million
     * passages took 77 MB of the 259 MB the attributions held. Words of equal hash codes share entries; the exact
     * comparison made of each position found tells them apart.
     */
    private static long[] index(List<SpeakerKey> keys, Words words) {
        long[] entries = new long[keys.size() * 5];
        int n = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (String word : words.of(keys.get(i))) {
                if (!word.isEmpty()) {
                    if (n == entries.length) {
                        entries = Arrays.copyOf(entries, n * 2);
                    }
                    entries[n++] = ((long) word.hashCode() << 32) | i;
                }
            }
        }
        Arrays.sort(entries, 0, n);
        return Arrays.stream(entries, 0, n).distinct().toArray();
    }

    /** The positions filed under {@code word}'s hash code, ascending. */
    private static int[] positions(long[] index, String word) {
        long first = (long) word.hashCode() << 32;
        int at = Arrays.binarySearch(index, first);
        int from = at >= 0 ? at : -at - 1;
        int to = from;
        while (to < index.length && index[to] >> 32 == word.hashCode()) {
            to++;
        }
        if (from == to) {
            return NONE;
        }
        int[] out = new int[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = (int) index[k];
        }
        return out;
    }

    /** The positions filed under either word, ascending, each once. */
    private static int[] positions(long[] index, String word, String other) {
        int[] first = positions(index, word);
        if (other.isEmpty() || other.equals(word)) {
            return first;
        }
        int[] second = positions(index, other);
        if (second.length == 0) {
            return first;
        }
        return IntStream.concat(IntStream.of(first), IntStream.of(second)).sorted().distinct().toArray();
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? "" : s.substring(0, space);
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
