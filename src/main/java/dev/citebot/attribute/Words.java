package dev.citebot.attribute;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word tests that depend on the {@link Lexicon} and on a token's place in the article. */
final class Words {

    private final Lexicon lexicon;
    private final int longestTitle;
    private final Map<String, Set<Frame>> frames;

    Words(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.frames = frameIndex(lexicon);
        this.longestTitle = lexicon.titles().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    /** A reporting verb as used in a clause: written in lower case. */
    boolean isReportingVerb(Token t) {
        return t.isWord() && !t.capitalised() && lexicon.reportingVerbs().contains(t.lower());
    }

    /**
     * The frames in which a lower-case word is a cue verb: {@link Frame#SPEECH} for a reporting verb (which takes
     * any complement), else those of the belief, intention and stance lists it is in; empty for any other word.
     * One map look-up, no allocation: this runs for every word of every article.
     */
    Set<Frame> frames(Token t) {
        if (!t.isWord() || t.capitalised()) {
            return Set.of();
        }
        return frames.getOrDefault(t.lower(), Set.of());
    }

    private static void addFrame(Map<String, EnumSet<Frame>> index, Set<String> verbs, Frame frame) {
        verbs.forEach(w -> index.computeIfAbsent(w, k -> EnumSet.noneOf(Frame.class)).add(frame));
    }

    private static Map<String, Set<Frame>> frameIndex(Lexicon lexicon) {
        Map<String, EnumSet<Frame>> index = new HashMap<>();
        addFrame(index, lexicon.beliefVerbs(), Frame.CLAUSE);
        addFrame(index, lexicon.intentionVerbs(), Frame.INFINITIVE);
        addFrame(index, lexicon.stanceVerbs(), Frame.OBJECT);
        lexicon.reportingVerbs().forEach(w -> index.put(w, EnumSet.of(Frame.SPEECH)));
        Map<String, Set<Frame>> out = new HashMap<>();
        index.forEach((w, f) -> out.put(w, Collections.unmodifiableSet(f)));
        return Map.copyOf(out);
    }

    /**
     * A noun for an intention, which may take a "to" infinitive ("plan", "refusal", "effort"): a base or plural form
     * of an intention verb that is also a noun ("plan", "promise", "vow", "offer"), or one of the intention nouns.
     */
    boolean isIntentionNoun(Token t) {
        String w = t.lower();
        boolean verbForm = lexicon.intentionVerbs().contains(w) && !w.endsWith("ed") && !w.endsWith("ing");
        return t.isWord() && (verbForm || inList(w, lexicon.intentionNouns()));
    }

    boolean isAttributionNoun(Token t) {
        return t.isWord() && inList(t.lower(), lexicon.attributionNouns());
    }

    boolean isTitleWord(Token t) {
        return t.isWord() && inList(t.lower(), lexicon.titles());
    }

    /** A title word in the plural ("officials", "spokesmen"), which a singular pronoun cannot stand for. */
    boolean isPluralTitle(Token t) {
        return isTitleWord(t) && !lexicon.titles().contains(t.lower());
    }

    /** Number of tokens of the longest title that ends at token {@code i} and starts at or after {@code lo}. */
    int titleEndingAt(ArticleTokens a, int i, int lo) {
        for (int n = Math.min(longestTitle, i - lo + 1); n >= 1; n--) {
            if (isTitle(a, i - n + 1, i)) {
                return n;
            }
        }
        return 0;
    }

    /** Number of tokens of the longest title that starts at token {@code i} and ends before {@code hi}. */
    int titleStartingAt(ArticleTokens a, int i, int hi) {
        for (int n = Math.min(longestTitle, hi - i); n >= 1; n--) {
            if (isTitle(a, i, i + n - 1)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * A word that can be part of a proper name: capitalised, not a function word, and not a common word that is
     * capitalised only because it opens a sentence ("Witnesses said", "Men were crowding").
     */
    boolean isNameWord(ArticleTokens a, int i) {
        Token t = a.get(i);
        if (!plainCapital(t)) {
            return false;
        }
        if (WordClasses.MONTHS.contains(t.lower()) || WordClasses.WEEKDAYS.contains(t.lower())) {
            return calendarName(a, i);
        }
        if (a.sentenceInitial(i)) {
            return !a.writesInLowercase(t.lower()) && !isTitleWord(t) && !isAttributionNoun(t)
                    && !lexicon.reportingVerbs().contains(t.lower());
        }
        return true;
    }

    /** A word that may stand inside a noun phrase before its head: an adjective, a noun, a name, a possessive. */
    boolean isModifier(ArticleTokens a, int i) {
        Token t = a.get(i);
        if (WordClasses.isPossessive(t)) {
            return true;
        }
        return t.isWord() && !WordClasses.DETERMINERS.contains(t.lower()) && !WordClasses.isFunctionWord(t)
                && !WordClasses.isAuxiliary(t) && !isReportingVerb(t);
    }

    private boolean isTitle(ArticleTokens a, int first, int last) {
        StringBuilder phrase = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = a.get(k);
            if (!t.isWord() || WordClasses.isPossessive(t)) {
                return false;
            }
            phrase.append(k == first ? "" : " ").append(t.lower());
        }
        return inList(phrase.toString(), lexicon.titles());
    }

    /**
     * A month or weekday is part of a name only next to other name words: before one ("The Sunday Times"), or for
     * a month after one ("Theresa May", but not "Florida Friday").
     */
    private boolean calendarName(ArticleTokens a, int i) {
        boolean month = WordClasses.MONTHS.contains(a.get(i).lower());
        boolean afterName = month && i > 0 && a.sameLine(i) && (a.get(i - 1).is("the") || plainName(a.get(i - 1)));
        boolean beforeName = i + 1 < a.size() && plainName(a.get(i + 1))
                && !(i > 0 && WordClasses.isPreposition(a.get(i - 1)));
        return afterName || beforeName;
    }

    private static boolean plainName(Token t) {
        return plainCapital(t) && !WordClasses.MONTHS.contains(t.lower()) && !WordClasses.WEEKDAYS.contains(t.lower());
    }

    private static boolean plainCapital(Token t) {
        return t.capitalised() && !WordClasses.DETERMINERS.contains(t.lower()) && !WordClasses.isFunctionWord(t);
    }

    /** Whether the word or phrase is in the list, directly or as the plural of an entry. */
    private static boolean inList(String phrase, Set<String> list) {
        if (list.contains(phrase)) {
            return true;
        }
        for (String singular : singulars(phrase)) {
            if (list.contains(singular)) {
                return true;
            }
        }
        return false;
    }

    private static String[] singulars(String w) {
        if (w.endsWith("people")) {
            return new String[] {w.substring(0, w.length() - 6) + "person"};
        }
        if (w.endsWith("men")) {
            return new String[] {w.substring(0, w.length() - 3) + "man"};
        }
        if (w.endsWith("ies")) {
            return new String[] {w.substring(0, w.length() - 3) + "y"};
        }
        if (w.endsWith("es")) {
            return new String[] {w.substring(0, w.length() - 2), w.substring(0, w.length() - 1)};
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return new String[] {w.substring(0, w.length() - 1)};
        }
        return new String[0];
    }
}
