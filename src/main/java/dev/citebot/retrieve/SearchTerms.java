package dev.citebot.retrieve;

import dev.citebot.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The search terms of a text: its {@link Words#words words}, lightly stemmed, for lexical matching. The stemming is
 * deliberately crude (plural, past and progressive endings) so that "warn" meets "warned" and "troop"
 * meets "troops" without a stemming dependency.
 */
public final class SearchTerms {
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had",
            "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his",
            "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "what", "which", "who", "whom",
            "whose", "when", "where", "why", "how", "about", "into", "than", "then", "so", "if", "not", "no",
            "any", "all", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "s",
            "also", "such", "said", "say", "says", "tell", "told", "article", "according");

    private SearchTerms() {
    }

    /** All word tokens of {@code text}, stemmed, stopwords included. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            out.add(stem(w));
        }
        return out;
    }

    /** Word tokens without stopwords, stemmed: the terms that carry a question's content. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            if (!STOPWORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** The words of {@code text} as the text model splits them ({@link Words#words}), not stemmed. */
    static List<String> words(String text) {
        return Words.words(text);
    }

    static String stem(String word) {
        String w = stripSuffix(word);
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripSuffix(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int apostrophe = w.indexOf('\'');
        if (apostrophe >= 0) {
            w = w.substring(0, apostrophe);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
