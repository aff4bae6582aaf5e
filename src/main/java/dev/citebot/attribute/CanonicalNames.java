package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The canonical form of a proper name: the fullest run of name words anywhere in the article that ends with the
 * mention's words, titles left out ("Peskov" becomes "Dmitry Peskov"). Of equally full forms, the one nearest
 * before the mention wins ("Clinton" after "Hillary Clinton" rather than "Chelsea Clinton" further back), but not a
 * form whose first name the article introduces anywhere as someone's relative ("his wife, Heidi", "for his wife
 * Hillary Clinton"), which news texts name in full whenever they mean that person: "Cruz said" after "his wife,
 * Heidi Cruz" is Ted Cruz's, unless no other form comes before it. With none before the mention, the mention itself
 * if it is that full, else the first in the article. A mention after "Mr." or "Mrs.", "Ms." takes no form the
 * article shows to be of the other gender ({@link Genders}): the nearest one that is not, else the mention as
 * written. Parties, quoted nicknames, a title-case headline's other words and a sentence's opening verb are no part
 * of a form ({@link #fullForms}, {@link #isPlainName}).
 *
 * <p>The full forms of a name are found once per article (see {@link ArticleTokens#remembered}), so each further
 * mention costs a binary search, not a walk over every occurrence of its last word.
 */
final class CanonicalNames {
    /** Words that introduce a namesake as someone's relative. */
    private static final Set<String> RELATIVES = Set.of("wife", "husband", "spouse", "widow", "widower", "son",
            "daughter", "father", "mother", "brother", "sister", "stepson", "stepdaughter", "stepfather",
            "stepmother", "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece",
            "cousin", "child", "children", "sons", "daughters", "brothers", "sisters", "parents");
    /** A party's member as news agencies write it before a name: "Democrat Hillary Clinton". */
    private static final Set<String> PARTIES = Set.of("republican", "democrat", "libertarian");
    /** How many tokens before a name its relative's word may stand: "his wife, Heidi Cruz" is two. */
    private static final int KINSHIP_REACH = 3;
    private static final TitleCase TITLE_CASE = new TitleCase();

    private final Words words;
    private final Genders genders;

    CanonicalNames(Words words) {
        this.words = words;
        this.genders = new Genders(words);
    }

    String of(ArticleTokens a, int nameFirst, int nameLast) {
        List<String> name = new ArrayList<>(nameLast - nameFirst + 1);
        for (int k = nameFirst; k <= nameLast; k++) {
            name.add(a.get(k).text());
        }
        FullForms forms = a.remembered(new Key(name), () -> fullForms(a, name));
        int before = forms.lastStartingBefore(nameFirst);
        int chosen = before >= 0 ? forms.named[before]
                : nameLast - nameFirst == forms.span ? nameFirst : forms.starts[0];
        Genders.Gender titled = nameFirst > 0 ? Genders.titleGender(a.get(nameFirst - 1).lower()) : null;
        if (titled != null && chosen != nameFirst && !genders.agrees(a, chosen, chosen + forms.span, titled)) {
            chosen = agreeing(a, forms, before, titled);
            if (chosen < 0) {
                return a.slice(nameFirst, nameLast);
            }
        }
        return a.slice(chosen, chosen + forms.span);
    }

    /**
     * The start of the full form nearest before index {@code before} of the forms, else the first after it, that the
     * article does not show to be of the other gender than a mention's title asks for ("Mr. Obama" is not "the first
     * lady, Michelle Obama"), or -1 when there is none.
     */
    private int agreeing(ArticleTokens a, FullForms forms, int before, Genders.Gender titled) {
        for (int i = before; i >= 0; i--) {
            if (genders.agrees(a, forms.starts[i], forms.starts[i] + forms.span, titled)) {
                return forms.starts[i];
            }
        }
        for (int i = before + 1; i < forms.starts.length; i++) {
            if (genders.agrees(a, forms.starts[i], forms.starts[i] + forms.span, titled)) {
                return forms.starts[i];
            }
        }
        return -1;
    }

    /**
     * Every occurrence of the name's words, each extended leftwards over plain name words, the longest kept. One
     * inside a quotation is extended no further than the longest outside them: a speaker's own words may add a
     * nickname ("working Crooked Hillary Clinton"). One in the headline is extended only over words the text below
     * it writes capitalised too, if it is in title case, which capitalises every word ("Gold Star Mom Corners Obama").
     */
    private FullForms fullForms(ArticleTokens a, List<String> name) {
        int length = name.size();
        List<int[]> found = new ArrayList<>();
        int outside = -1;
        for (int i : a.positionsOf(name.get(length - 1))) {
            if (i < length - 1 || !sameWords(a, i - length + 1, name)) {
                continue;
            }
            int j = i - length + 1;
            while (j - 1 >= 0 && a.sameLine(j) && (isPlainName(a, j - 1) || innerParticle(a, j - 1))
                    && (!titleCaseHeadline(a, j - 1) || capitalisedBelowHeadline(a, j - 1))) {
                j--;
            }
            found.add(new int[] {j, i});
            if (!a.get(i).quoted()) {
                outside = Math.max(outside, i - j);
            }
        }
        int span = length - 1;
        List<Integer> starts = new ArrayList<>();
        for (int[] f : found) {
            int j = a.get(f[1]).quoted() && outside >= 0 ? Math.max(f[0], f[1] - outside) : f[0];
            if (f[1] - j > span) {
                span = f[1] - j;
                starts.clear();
            }
            if (f[1] - j == span) {
                starts.add(j);
            }
        }
        int[] at = starts.stream().mapToInt(Integer::intValue).toArray();
        return new FullForms(span, at, lastNotRelative(a, at, span));
    }

    /** Whether token {@code k} stands in a headline written in title case, where every word is capitalised. */
    private static boolean titleCaseHeadline(ArticleTokens a, int k) {
        return a.inHeadline(k) && a.remembered(TITLE_CASE, () -> Headlines.titleCase(a, 0, a.headlineEnd()));
    }

    /** Whether the word of token {@code k} stands, as written, somewhere below the headline. */
    private static boolean capitalisedBelowHeadline(ArticleTokens a, int k) {
        for (int i : a.positionsOf(a.get(k).text())) {
            if (!a.inHeadline(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each form, the start of the last form up to it that names no relative ({@link #RELATIVES}), or of the form
     * itself when all up to it do.
     */
    private static int[] lastNotRelative(ArticleTokens a, int[] starts, int span) {
        Map<String, Boolean> firstNames = new HashMap<>();
        Set<String> relatives = new HashSet<>();
        for (int start : starts) {
            if (firstNames.computeIfAbsent(a.get(start).text(), w -> introducedAsRelative(a, w))) {
                relatives.add(a.slice(start, start + span));
            }
        }
        int[] out = new int[starts.length];
        int last = -1;
        for (int i = 0; i < starts.length; i++) {
            if (!relatives.contains(a.slice(starts[i], starts[i] + span))) {
                last = starts[i];
            }
            out[i] = last >= 0 ? last : starts[i];
        }
        return out;
    }

    /**
     * Whether a form's first name follows a word for a relative somewhere in the article: "his wife, Heidi Cruz",
     * or "his wife, Heidi" for a later "Heidi Cruz".
     */
    private static boolean introducedAsRelative(ArticleTokens a, String firstName) {
        for (int i : a.positionsOf(firstName)) {
            if (afterKinship(a, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word for a relative stands in the few tokens before {@code start}. */
    private static boolean afterKinship(ArticleTokens a, int start) {
        for (int k = start - 1; k >= Math.max(0, start - KINSHIP_REACH); k--) {
            if (RELATIVES.contains(a.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name word that is no title, no party ("Republican Donald Trump" is Donald Trump, a Republican) and no verb
     * opening the sentence ("Injecting Clinton's troubles into …": a word in "-ing" the article writes capitalised
     * only there).
     */
    private boolean isPlainName(ArticleTokens a, int k) {
        String lower = a.get(k).lower();
        return words.isNameWord(a, k) && words.titleEndingAt(a, k, 0) == 0 && !PARTIES.contains(lower)
                && !(a.sentenceInitial(k) && lower.endsWith("ing") && !a.writesCapitalisedInside(lower));
    }

    /** A surname's particle after a first name: the "de" of "Bill de Blasio". */
    private boolean innerParticle(ArticleTokens a, int k) {
        return k > 0 && a.sameLine(k) && WordClasses.NAME_PARTICLES.contains(a.get(k).text())
                && isPlainName(a, k - 1);
    }

    /** Whether the name stands at {@code from}; a particle matches in either case ("De Blasio", "de Blasio"). */
    private static boolean sameWords(ArticleTokens a, int from, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            String word = a.get(from + k).text();
            boolean particle = WordClasses.NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (particle ? !word.equalsIgnoreCase(name.get(k)) : !word.equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }

    private record Key(List<String> name) {
    }

    private record TitleCase() {
    }

    /**
     * The fullest forms of one name: their first token indices, ascending, their common span, and for each the start
     * of the form to name a mention after it by ({@link #lastNotRelative}).
     */
    private record FullForms(int span, int[] starts, int[] named) {
        /** The index in {@link #starts} of the last form starting before {@code token}, or -1. */
        int lastStartingBefore(int token) {
            return SortedInts.firstAtLeast(starts, token) - 1;
        }
    }
}
