package dev.citebot.text;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a reader misspelt by one letter ("Peskow" for "Peskov", "Macorn" for "Macron"): a word the articles do not
 * hold is read as the one word they do hold that differs from it by one letter left out, added, changed, or two
 * neighbouring letters swapped. Only words of {@value #SHORTEST} letters or more are corrected, and only when exactly
 * one such word is held, so that a short or ambiguous word stays as written (and is then reported as not mentioned).
 */
public final class Typos {
    static final int SHORTEST = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Typos() {
    }

    /**
     * {@code question} with each word {@code asked} accepts, that {@code holds} rejects, replaced by its one held
     * neighbour (in the word's initial letter case); the question itself when there is none.
     *
     * @param asked which words to try: e.g. the capitalised ones and the asked speaker's
     * @param holds whether the articles in scope hold a word as written (not only a form of it: "Russians" is no
     *              misspelling of "Russias")
     */
    public static String rewrite(String question, Predicate<String> asked, Predicate<String> holds) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            String fixed = word.length() >= SHORTEST && asked.test(word) && !holds.test(word)
                    ? neighbour(word, holds) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(fixed == null ? word : fixed));
            changed |= fixed != null;
        }
        return changed ? m.appendTail(out).toString() : question;
    }

    /** The one held word one edit away from {@code word}, with its first letter's case; null if none or several. */
    public static String neighbour(String word, Predicate<String> holds) {
        String lower = word.toLowerCase(Locale.ROOT);
        String found = null;
        for (String candidate : edits(lower)) {
            if (holds.test(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        if (found == null) {
            return null;
        }
        return Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(found.charAt(0)) + found.substring(1) : found;
    }

    /** Every word one deletion, transposition, substitution or insertion of a letter a–z away. */
    private static Set<String> edits(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
            if (i + 1 < w.length()) {
                out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                out.add(w.substring(0, i) + c + w.substring(i));
                if (i < w.length() && c != w.charAt(i)) {
                    out.add(w.substring(0, i) + c + w.substring(i + 1));
                }
            }
        }
        out.remove(w);
        return out;
    }
}
