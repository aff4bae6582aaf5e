package dev.citebot.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a text mentions a name a question asks about, judged by the text's {@link Words#words words}. A name is
 * looked up by its last {@link Words#compoundWords compound word} (the surname, usually: "Maizière" of "Thomas de
 * Maizière", "NP-complete", "X.25"); it is mentioned when every word of that compound is, each in some
 * {@link #forms form}, with accents ignored either way ("Maiziere" finds "Maizière" and back). An acronym ("US") is
 * also mentioned when each of its letters is a word of the text, as when the text writes it dotted ("U.S."); this
 * can pass an acronym the text does not hold ("AAA" in any text with the word "a"), and the answer's later checks
 * still apply to it.
 */
public final class Mentions {
    private static final int SHORTEST_STEM = 4;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");

    private Mentions() {
    }

    /**
     * Whether {@code name} is mentioned in a vocabulary.
     *
     * @param hasWord              whether the vocabulary has this lower-case word, exactly
     * @param hasWordWithoutAccents whether the vocabulary has a word with accents that, without them, is this word
     *                             (see {@link Folding#withoutAccents})
     * @return true also for a name with no letter or digit, which there is nothing to look for in
     */
    public static boolean mentioned(String name, Predicate<String> hasWord, Predicate<String> hasWordWithoutAccents) {
        List<String> compounds = Words.compoundWords(name);
        if (compounds.isEmpty()) {
            return true;
        }
        if (acronym(name) && dotted(name, hasWord)) {
            return true;
        }
        for (String word : Words.words(compounds.get(compounds.size() - 1))) {
            if (forms(word).stream().noneMatch(form -> has(form, hasWord, hasWordWithoutAccents))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code word} and the forms that still mention it: with and without a possessive "'s", without a plural "s"
     * ("Democrats" → "democrat") or with one ("Camisard" → "camisards": a question may name one of what the text
     * names in the plural), and the adjective of a place ("Europe" → "european", "Russia" → "russian",
     * "China" → "chinese", "Iraq" → "iraqi"). Plural and adjective are derived only from words of
     * {@value #SHORTEST_STEM} letters or more, so that short words do not match longer ones by chance.
     */
    public static List<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String base = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        forms.add(base);
        forms.add(base + "'s");
        if (base.length() < SHORTEST_STEM || !Character.isLetter(base.charAt(base.length() - 1))) {
            return List.copyOf(forms);
        }
        if (base.endsWith("s")) {
            forms.add(base.substring(0, base.length() - 1));
        } else {
            forms.add(base + "s");
        }
        for (String suffix : List.of("n", "an", "ian", "ese", "i")) {
            forms.add(base + suffix);
        }
        if ("aeoy".indexOf(base.charAt(base.length() - 1)) >= 0) {
            String stem = base.substring(0, base.length() - 1);
            for (String suffix : List.of("an", "ean", "ian", "ese")) {
                forms.add(stem + suffix);
            }
        }
        return List.copyOf(forms);
    }

    /** Whether {@code word} is an acronym: two to five capitals ("US", "NATO"). */
    public static boolean acronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** Whether each letter of an acronym is a word of its own: the text writes it dotted ("U.S." for "US"). */
    private static boolean dotted(String acronym, Predicate<String> hasWord) {
        return acronym.toLowerCase(Locale.ROOT).chars().allMatch(c -> hasWord.test(String.valueOf((char) c)));
    }

    private static boolean has(String word, Predicate<String> hasWord, Predicate<String> hasWordWithoutAccents) {
        String plain = Folding.withoutAccents(word);
        return hasWord.test(word) || hasWord.test(plain) || hasWordWithoutAccents.test(plain);
    }
}
