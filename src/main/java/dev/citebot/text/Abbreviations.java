package dev.citebot.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The one list of abbreviations citebot knows, by kind: titles, words used before a number (months among them),
 * and suffixes of names, firms, streets and states. It decides whether a full stop that is followed by blank
 * space and a capital, digit or opening mark still belongs to the sentence, because it closes an abbreviation as
 * written in English-language news:
 * <ul>
 *   <li>titles before a name ({@code Mr.}, {@code Sen.}, {@code Lt. Gen.}, {@code vs.}) never end a sentence;</li>
 *   <li>words used before a number ({@code No. 5}, {@code Sept. 11}) do not end one when a digit follows;</li>
 *   <li>initials and dotted initialisms ({@code John F. Kennedy}, {@code J.K.}, {@code U.S.}, {@code p.m.}) and
 *       suffixes ({@code Jr.}, {@code Inc.}, {@code St.}, state abbreviations such as {@code Calif.}) end one
 *       only when the next word is a common sentence opener ("The", "He", "But"...), or, except after a single
 *       initial (which may precede a quoted nickname), an opening quotation mark or bracket.</li>
 * </ul>
 * Lower-case continuations ({@code etc. and}, {@code a.m. on}) never reach this class: they are not sentence
 * ends in the first place.
 */
public final class Abbreviations {
    private static final int LONGEST_WORD = 12;

    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Rev", "Hon", "Msgr", "Fr",
            "Sen", "Sens", "Rep", "Reps", "Gov", "Pres", "Amb", "Atty", "Supt", "Det", "Insp",
            "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Spc");

    /** Words between two names ("Roe v. Wade"), which never end a sentence either. */
    private static final Set<String> BETWEEN_NAMES = Set.of("vs", "v");

    private static final Set<String> MONTHS = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static final Set<String> BEFORE_NUMBER = union(MONTHS, Set.of(
            "No", "no", "Nos", "nos", "Vol", "vol", "Art", "Fig", "fig", "pp", "p", "Ch", "ch"));

    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr");

    private static final Set<String> SUFFIXES = union(NAME_SUFFIXES, Set.of(
            "Inc", "Co", "Corp", "Ltd", "Bros", "Cos", "St", "Ste", "Ave", "Blvd", "Rd", "Mt", "Ft",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
            "Vt", "Wash", "Wis", "Wyo"));

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
            "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet",
            "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though",
            "However", "Meanwhile", "Still", "Also", "Then", "Now", "What", "Why", "How", "Who", "Where",
            "Which", "According", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "One",
            "For", "With", "By", "From", "To", "Under", "Despite", "During", "Instead", "Indeed", "Even",
            "Earlier", "Later", "Last", "Another", "Such", "Among", "Yes", "Asked", "Officials", "Others");

    private Abbreviations() {
    }

    /**
     * Whether the full stop at {@code dot} closes an abbreviation that continues into the word at {@code next}.
     *
     * @param from where the paragraph starts; nothing before it is looked at
     */
    public static boolean continuesAfter(CharSequence text, int from, int dot, int next) {
        int wordStart = dot;
        while (wordStart > from && dot - wordStart <= LONGEST_WORD && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == dot || dot - wordStart > LONGEST_WORD
                || wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
            return false;
        }
        if (dot - wordStart == 1 && isDottedInitialism(text, from, wordStart)) {
            return continuesName(text, next, false);
        }
        if (dot - wordStart == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return continuesName(text, next, true);
        }
        String word = text.subSequence(wordStart, dot).toString();
        if (TITLES.contains(word) || BETWEEN_NAMES.contains(word)) {
            return true;
        }
        if (BEFORE_NUMBER.contains(word)) {
            return Character.isDigit(text.charAt(next));
        }
        return SUFFIXES.contains(word) && continuesName(text, next, false);
    }

    /** Whether the one letter at {@code letter} ends a dotted initialism ({@code J.K.}, {@code U.S.}, {@code a.m.}). */
    private static boolean isDottedInitialism(CharSequence text, int from, int letter) {
        return letter - 2 >= from && text.charAt(letter - 1) == '.' && Character.isLetter(text.charAt(letter - 2))
                && (letter - 3 < from || !Character.isLetter(text.charAt(letter - 3)));
    }

    /**
     * Whether the text at {@code next} reads as the rest of a name rather than a new sentence.
     *
     * @param openerContinues whether an opening quotation mark or bracket continues the name (a nickname after
     *                        an initial: {@code Robert C. "Bobby" Scott})
     */
    private static boolean continuesName(CharSequence text, int next, boolean openerContinues) {
        char first = text.charAt(next);
        if (Character.isDigit(first)) {
            return true;
        }
        if (!Character.isLetter(first)) {
            return openerContinues;
        }
        int end = next;
        while (end < text.length() && end - next <= LONGEST_WORD && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return !isSentenceOpener(text.subSequence(next, end).toString());
    }

    /** Whether {@code word} is a common first word of a sentence ("The", "He", "But"...), so not part of a name. */
    public static boolean isSentenceOpener(String word) {
        return SENTENCE_OPENERS.contains(word);
    }

    /** Whether {@code word} (before its full stop, case as written) is a title before a name: "Sen", "Lt", "Maj". */
    public static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /** Whether {@code word} (before its full stop, case as written) is a name suffix: "Jr", "Sr". */
    public static boolean isNameSuffix(String word) {
        return NAME_SUFFIXES.contains(word);
    }

    /** Whether {@code word} (before its full stop, case as written) is a month: "Sept", "Mar". */
    public static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }
}
