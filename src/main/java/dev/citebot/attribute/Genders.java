package dev.citebot.attribute;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether the article writes of a named person as "he" or as "she", learnt from the article itself: after a name
 * outside quotations, the first "he" or "she" in the same sentence with no other name between ("Clinton said she
 * would", "Trump, who said he …") counts for that name ("his", "him" and "her" are left out: they are as often
 * someone else, "Trump attacked her"), and "Mr." or "Mrs.", "Ms.", "Miss" before it counts twice, as does a word
 * for a man or a woman standing right before it, with or without a comma ("the first lady, Ann Lee", "his son Tom
 * Lee"; counted for that form only, not its last word, which the relative shares). A name is looked up as written
 * ("Hillary Clinton", "Clinton"). A name agrees with a pronoun unless the other gender has at least
 * {@value #SURE} counts and more than twice the pronoun's: one misread sentence does not rule anyone out, and
 * the rule only keeps "he" from standing for a woman the article calls "she" and the reverse.
 * Read once per article ({@link ArticleTokens#remembered}).
 */
final class Genders {
    /** The gender a pronoun speaker asks for. */
    enum Gender { MALE, FEMALE }

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss");
    /** Words for a man that stand before a name in apposition: "his son, Tom Lee". */
    private static final Set<String> MALE_NOUNS = Set.of("husband", "widower", "father", "son", "brother",
            "grandfather", "grandson", "uncle", "nephew", "stepfather", "stepson", "boyfriend", "king", "prince",
            "congressman", "councilman", "assemblyman", "businessman", "spokesman");
    /** Words for a woman that stand before a name in apposition: "the first lady, Ann Lee". */
    private static final Set<String> FEMALE_NOUNS = Set.of("wife", "widow", "mother", "daughter", "sister",
            "grandmother", "granddaughter", "aunt", "niece", "stepmother", "stepdaughter", "girlfriend", "queen",
            "princess", "lady", "actress", "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
            "spokeswoman", "chairwoman");
    private static final Key KEY = new Key();
    /** How much evidence of the other gender, and twice the asked one's, rules a name out: one sentence is not. */
    private static final int SURE = 2;

    private final Words words;

    Genders(Words words) {
        this.words = words;
    }

    /** The gender {@code pronoun} (lower case) asks for, or null for any other pronoun. */
    static Gender of(String pronoun) {
        return MALE.contains(pronoun) ? Gender.MALE : FEMALE.contains(pronoun) ? Gender.FEMALE : null;
    }

    /** Whether the name written by tokens {@code [first, last]} may be what a pronoun of {@code gender} stands for. */
    boolean agrees(ArticleTokens a, int first, int last, Gender gender) {
        if (gender == null) {
            return true;
        }
        Map<String, int[]> counts = a.remembered(KEY, () -> count(a));
        int[] c = counts.get(a.slice(first, last));
        if (c == null) {
            return true;
        }
        int asked = gender == Gender.MALE ? c[0] : c[1];
        int other = gender == Gender.MALE ? c[1] : c[0];
        return !(other >= SURE && other > 2 * asked);
    }

    /** Counts per name as written and per last word: {male, female}. */
    private Map<String, int[]> count(ArticleTokens a) {
        Map<String, int[]> counts = new HashMap<>();
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).quoted() || !words.isNameWord(a, k) || (k + 1 < a.size() && words.isNameWord(a, k + 1))) {
                continue;
            }
            int first = k;
            while (first > 0 && !a.startsSentence(first) && words.isNameWord(a, first - 1)
                    && !words.isTitleWord(a.get(first - 1))) {
                first--;
            }
            Gender titled = first > 0 ? titleGender(a.get(first - 1).lower()) : null;
            Gender noun = nounBefore(a, first);
            Gender next = titled != null ? titled : pronounAfter(a, k + 1);
            if (next != null) {
                int weight = titled != null ? 2 : 1;
                add(counts, a.slice(first, k), next, weight);
                if (first < k) {
                    add(counts, a.get(k).text(), next, weight);
                }
            }
            if (noun != null && titled == null) {
                add(counts, a.slice(first, k), noun, 2);
            }
        }
        return counts;
    }

    /** The gender of a word for a man or a woman right before token {@code first}, a comma apart at most. */
    private static Gender nounBefore(ArticleTokens a, int first) {
        int k = first - 1;
        if (k > 0 && a.get(k).text().equals(",")) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        String w = a.get(k).lower();
        return MALE_NOUNS.contains(w) ? Gender.MALE : FEMALE_NOUNS.contains(w) ? Gender.FEMALE : null;
    }

    /** The gender a title such as "Mr." or "Ms." (lower case) gives the name after it, or null for any other word. */
    static Gender titleGender(String lower) {
        return MALE_TITLES.contains(lower) ? Gender.MALE : FEMALE_TITLES.contains(lower) ? Gender.FEMALE : null;
    }

    /** The gender of the first pronoun from {@code from} to the sentence's end, unless a name comes first. */
    private Gender pronounAfter(ArticleTokens a, int from) {
        for (int k = from; k < a.size() && !a.startsSentence(k); k++) {
            if (a.get(k).quoted()) {
                continue;
            }
            String w = a.get(k).lower();
            if (w.equals("he") || w.equals("she")) {
                return of(w);
            }
            if (words.isNameWord(a, k)) {
                return null;
            }
        }
        return null;
    }

    private static void add(Map<String, int[]> counts, String name, Gender g, int weight) {
        counts.computeIfAbsent(name, n -> new int[2])[g == Gender.MALE ? 0 : 1] += weight;
    }

    private record Key() {
    }
}
