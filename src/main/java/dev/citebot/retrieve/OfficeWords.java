package dev.citebot.retrieve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's generic words for people in office, and the titles news articles give them instead: a reader asks
 * "Which leaders will meet?", "Which Russian official warned …?" or "What did the boss say?" of an article that
 * writes "president", "defense minister" or "chief executive". A sentence holding one of the titles covers the generic word ({@link EvidenceScorer}).
 * Stemmed as the search terms are ({@link SearchTerms}), so "officially", which shares the stem of "official", is
 * covered by the same titles.
 */
public final class OfficeWords {
    private static final Map<String, Set<String>> TITLES = Map.of(
            stem("leader"), stems("president", "minister", "premier", "chancellor", "king", "queen", "monarch",
                    "emperor", "chairman", "chairwoman"),
            stem("official"), stems("minister", "spokesman", "spokeswoman", "spokesperson", "secretary",
                    "ambassador", "diplomat", "envoy", "commissioner", "aide", "adviser", "advisor", "officer"),
            stem("politician"), stems("president", "minister", "senator", "lawmaker", "congressman",
                    "congresswoman", "governor", "mayor", "legislator", "candidate", "premier", "chancellor"),
            stem("boss"), stems("chief", "executive", "director", "head", "chairman", "chairwoman", "president",
                    "manager", "owner", "founder"));

    private OfficeWords() {
    }

    /** The titles (stemmed) that stand for {@code term} (stemmed), none when it is no generic word for them. */
    static Set<String> titles(String term) {
        return TITLES.getOrDefault(term, Set.of());
    }

    /** Whether {@code word} (as written) is one of the reader's generic words for office-holders ("leaders"). */
    public static boolean generic(String word) {
        List<String> tokens = SearchTerms.tokens(word);
        return !tokens.isEmpty() && !titles(tokens.get(0)).isEmpty();
    }

    /** Whether {@code term} (stemmed) is a generic word for office-holders and {@code tokens} hold one of its titles. */
    static boolean covers(String term, Set<String> tokens) {
        for (String t : titles(term)) {
            if (tokens.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        return SearchTerms.tokens(word).get(0);
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : List.of(words)) {
            out.add(stem(w));
        }
        return Set.copyOf(out);
    }
}
