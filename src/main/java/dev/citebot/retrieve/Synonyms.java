package dev.citebot.retrieve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words a reader uses for what news articles write otherwise: "How many people were hurt when the bridge fell?" of
 * "the accident that injured eleven people" and "the collapse". Each group's words stand for one another both
 * ways; a sentence holding one covers the reader's other ({@link EvidenceScorer}). A small list of everyday news
 * words, not a thesaurus: a synonym that is not one in context ("firm" as an adjective) costs a false match, and
 * the dense channel still judges the sentence as a whole. No verbs of stance ("fear", "worry"): a reader asks
 * what someone fears of a sentence that reports it otherwise ("arguing that …"), and a synonym would weigh the
 * verb as a word the sentence lacks. Stemmed as the search terms are ({@link SearchTerms}).
 */
public final class Synonyms {
    private static final List<String> GROUPS = List.of(
            "hurt injure injured injuring injury injuries wound wounded",
            "kill killed killing die died dying dead",
            "fall fell fallen collapse collapsed collapsing",
            "company companies firm firms business businesses",
            "lawyer lawyers attorney attorneys",
            "rise rose risen increase increased increases grow grew grown",
            "drop dropped decline declined decrease decreased",
            "start started begin began begun",
            "finish finished end ended",
            "buy bought purchase purchased",
            "quit resign resigned resignation",
            "ban banned prohibit prohibited forbid forbidden",
            "help helped aid assist assistance",
            "money fund funds funding cash",
            "plan plans proposal proposals",
            "doctor doctors physician physicians",
            "kid kids child children",
            "big large huge",
            "leave leaves depart departs departed",
            "car cars vehicle vehicles",
            "house houses home homes",
            "risk risks harm danger dangers hazard hazards threat threats");
    private static final Map<String, Set<String>> BY_STEM = index();

    private Synonyms() {
    }

    /** The other words (stemmed) that stand for {@code term} (stemmed); none when it is in no group. */
    public static Set<String> of(String term) {
        return BY_STEM.getOrDefault(term, Set.of());
    }

    /** Whether two words as written ("houses", "homes") stand for one another. */
    public static boolean sameMeaning(String word, String other) {
        List<String> a = SearchTerms.tokens(word);
        List<String> b = SearchTerms.tokens(other);
        return a.size() == 1 && b.size() == 1 && of(a.get(0)).contains(b.get(0));
    }

    /** Whether {@code tokens} hold a word that stands for {@code term} (both stemmed). */
    static boolean covers(String term, Set<String> tokens) {
        for (String s : of(term)) {
            if (tokens.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> index() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String group : GROUPS) {
            Set<String> stems = new HashSet<>(SearchTerms.tokens(group));
            for (String stem : stems) {
                Set<String> others = new HashSet<>(stems);
                others.remove(stem);
                out.computeIfAbsent(stem, k -> new HashSet<>()).addAll(others);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
