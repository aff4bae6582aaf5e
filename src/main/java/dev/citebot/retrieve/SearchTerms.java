package dev.citebot.retrieve;

import dev.citebot.text.Words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search terms of a text: its {@link Words#words words}, stemmed by {@link Stemmer} (Snowball English and a
 * small table of general word forms) for lexical matching, so that "warn" meets "warned", "troop" meets "troops",
 * "declare" meets "declaration" and "took" meets "take".
 */
public final class SearchTerms {
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had",
            "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his",
            "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "what", "which", "who", "whom",
            "whose", "when", "where", "why", "how", "about", "into", "than", "then", "so", "if", "not", "no",
            "any", "all", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "s",
            "also", "such", "said", "say", "says", "saying", "tell", "told", "telling", "article", "according",
            "very", "really", "actually", "exactly", "just", "ever", "now");

    private static final Pattern CONTRACTION = Pattern.compile("(.+)'(?:s|re|ve|d|ll|m)");

    private SearchTerms() {
    }

    /** All word tokens of {@code text}, stemmed, stopwords included. */
    public static List<String> tokens(String text) {
        Stemmer stemmer = new Stemmer();
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            out.add(stemmer.stem(w));
        }
        return out;
    }

    /**
     * Word tokens without stopwords, stemmed: the terms that carry a question's content. A stopword contracted
     * ("what's", "they've", "I'd") and a negated auxiliary ("doesn't", "won't") are stopwords too: left in, no
     * passage would hold them, and the scorer would weigh them as words the articles lack.
     */
    public static List<String> terms(String text) {
        Stemmer stemmer = new Stemmer();
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOPWORDS.contains(w) && !contractedStopword(w)) {
                out.add(stemmer.stem(w));
            }
        }
        return out;
    }

    /** Whether {@code word} is "n't" after an auxiliary, or a stopword with "'s", "'re", "'ve", "'d", "'ll" or "'m". */
    static boolean contractedStopword(String word) {
        if (word.endsWith("n't")) {
            return true;
        }
        Matcher m = CONTRACTION.matcher(word);
        return m.matches() && STOPWORDS.contains(m.group(1));
    }

    /** How many of {@code terms} (stemmed search terms) the words of {@code text} hold. */
    public static long heldIn(List<String> terms, String text) {
        Set<String> tokens = new HashSet<>(tokens(text));
        return terms.stream().filter(tokens::contains).count();
    }

    /** The words of {@code text} as the text model splits them ({@link Words#words}), not stemmed. */
    static List<String> words(String text) {
        return Words.words(text);
    }

    /** The search stem of one lower-case word ({@link Stemmer}). */
    static String stem(String word) {
        return new Stemmer().stem(word);
    }
}
