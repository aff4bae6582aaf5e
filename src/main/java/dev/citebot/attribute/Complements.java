package dev.citebot.attribute;

import java.util.Optional;
import java.util.Set;

/**
 * Reads what follows a cue verb: which of its {@link Frame}s the words after it fit, where that complement starts,
 * and where an infinitive or an object ends (a clause runs on to the end of its stretch of the sentence). Every
 * scan is bounded by the sentence.
 */
final class Complements {

    private static final int MAX_SUBJECT = 6;
    private static final Set<String> WH_WORDS = Set.of("what", "whether", "how", "why", "when", "where", "who",
            "if");
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "it", "we", "i", "you", "there");
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did", "do", "'s");
    /** Words that open an adjunct after an object or infinitive, which ends it ("... during the debate"). */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("during", "after", "before", "amid", "despite",
            "because", "while", "when", "although", "though", "until", "since", "unless", "whereas", "ahead",
            "following");
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "it", "us", "me", "my", "your", "all",
            "any", "each", "every");
    /** Words of a named addressee between a stance verb and its "about". */
    private static final int MAX_ADDRESSEE = 3;
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("about", "of", "for", "against", "on");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");

    private Complements() {
    }

    /**
     * The frame in which the verb at {@code v} is used here, judged by the words after it; a passive with its
     * agent ("was endorsed by the union") reports like a verb of saying, its subject being what the agent says.
     */
    static Optional<Frame> fitting(ArticleTokens a, int v, int hi, Set<Frame> frames) {
        if (frames.contains(Frame.SPEECH)) {
            return Optional.of(Frame.SPEECH);
        }
        int k = start(a, v + 1, hi);
        if (k == v + 1 && k + 1 < hi && a.get(k).is("by") && v > 0 && WordClasses.isAuxiliary(a.get(v - 1))) {
            return Optional.of(Frame.SPEECH);
        }
        if (frames.contains(Frame.INFINITIVE) && infinitiveAt(a, k, hi)) {
            return Optional.of(Frame.INFINITIVE);
        }
        if (frames.contains(Frame.CLAUSE) && (clauseAt(a, k, hi) || k >= hi || a.get(k).is(".")
                || (a.get(k).is(",") && k == v + 1))) {
            return Optional.of(Frame.CLAUSE);
        }
        if (frames.contains(Frame.OBJECT) && nounPhraseAt(a, objectStart(a, k, hi), hi)) {
            return Optional.of(Frame.OBJECT);
        }
        return Optional.empty();
    }

    /** The first token of the complement after a verb ending before {@code from}: adverbs and "out" skipped. */
    static int start(ArticleTokens a, int from, int hi) {
        int k = from;
        while (k < hi && (WordClasses.isAuxiliary(a.get(k)) && !a.get(k).is("not") || a.get(k).is("out"))) {
            k++;
        }
        return k;
    }

    /**
     * The first token of an object at or after {@code k}: after "about", "of", "for", "against" or "on", and
     * after a named addressee before "about" ("talks to Reyes about the budget").
     */
    static int objectStart(ArticleTokens a, int k, int hi) {
        int p = afterAddressee(a, k, hi);
        return p + 1 < hi && OBJECT_PREPOSITIONS.contains(a.get(p).lower()) && !timeAt(a, p + 1) ? p + 1 : k;
    }

    /** The "about" after "to" and a short capitalised name at {@code k}, or {@code k} itself. */
    private static int afterAddressee(ArticleTokens a, int k, int hi) {
        if (k + 2 >= hi || !a.get(k).is("to") || !a.get(k + 1).capitalised()) {
            return k;
        }
        for (int j = k + 1; j < hi - 1 && j <= k + MAX_ADDRESSEE && a.get(j).capitalised(); j++) {
            if (a.get(j + 1).is("about")) {
                return j + 1;
            }
        }
        return k;
    }

    /** "on Monday", "for two weeks", "on this weekend's show": a time phrase, not an object. */
    private static boolean timeAt(ArticleTokens a, int k) {
        String w = a.get(k).lower();
        return WordClasses.WEEKDAYS.contains(w) || WordClasses.MONTHS.contains(w) || Character.isDigit(w.charAt(0))
                || w.equals("this") || w.equals("last") || w.equals("next") || w.equals("several")
                || w.equals("years") || w.equals("days") || w.equals("weeks") || w.equals("months");
    }

    /**
     * The last token of an infinitive or object complement that starts at {@code first}: before a semicolon, a
     * colon, a dash or a parenthesis, before an adjunct ("during ...", "after ..."), before a conjunction that opens
     * a new verb phrase or clause ("and downplayed ...", "but he ..."), and for an object before a comma.
     */
    static int end(ArticleTokens a, Frame frame, int first, int hi) {
        for (int i = first + 1; i < hi; i++) {
            Token t = a.get(i);
            if (t.quoted() || t.kind() == Token.Kind.CLOSE_QUOTE) {
                continue;
            }
            boolean stop = t.is(";") || t.is(":") || t.is("(") || (WordClasses.isAsideMark(t) && !t.is(","))
                    || ADJUNCT_OPENERS.contains(t.lower())
                    || (CONJUNCTIONS.contains(t.lower()) && newPredicate(a, i + 1, hi))
                    || (t.is(",") && (frame == Frame.OBJECT || i + 1 < hi && opensClause(a, i + 1)));
            if (stop) {
                return i - 1;
            }
        }
        return hi - 1;
    }

    private static boolean infinitiveAt(ArticleTokens a, int k, int hi) {
        int to = k < hi && a.get(k).is("not") ? k + 1 : k;
        return to + 1 < hi && a.get(to).is("to") && a.get(to + 1).isWord()
                && !WordClasses.DETERMINERS.contains(a.get(to + 1).lower()) && !a.get(to + 1).capitalised();
    }

    /** "that ...", a wh-clause, or a clause with its own subject and finite verb ("the plan would fail"). */
    static boolean clauseAt(ArticleTokens a, int k, int hi) {
        if (k + 1 >= hi) {
            return false;
        }
        Token t = a.get(k);
        if (t.is("that") || WH_WORDS.contains(t.lower()) || t.kind() == Token.Kind.OPEN_QUOTE || t.is(":")) {
            return true;
        }
        if (CLAUSE_SUBJECTS.contains(t.lower())) {
            return a.get(k + 1).isWord();
        }
        for (int i = k + 1; i < Math.min(hi, k + MAX_SUBJECT); i++) {
            Token w = a.get(i);
            if (FINITE.contains(w.lower()) && !WordClasses.isPossessive(a.get(i - 1))) {
                return i > k && nounPhraseAt(a, k, hi);
            }
            if (!w.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A noun phrase opens at {@code k}: a determiner, an object pronoun, a name, a number, a quotation, or a
     * content word ("loopholes", "law enforcement officers"); not a function word, an auxiliary or adverb, or a
     * preposition.
     */
    static boolean nounPhraseAt(ArticleTokens a, int k, int hi) {
        if (k >= hi) {
            return false;
        }
        Token t = a.get(k);
        if (WordClasses.DETERMINERS.contains(t.lower()) || OBJECTS.contains(t.lower()) || t.capitalised()
                || t.kind() == Token.Kind.OPEN_QUOTE) {
            return true;
        }
        return t.isWord() && !WordClasses.isFunctionWord(t) && !WordClasses.isAuxiliary(t)
                && !WordClasses.isPreposition(t) && !t.lower().endsWith("ing");
    }

    /** After a conjunction: a verb phrase or clause of its own ("and downplayed", "but he", "and will"). */
    private static boolean newPredicate(ArticleTokens a, int k, int hi) {
        if (k >= hi) {
            return false;
        }
        Token t = a.get(k);
        String w = t.lower();
        return !t.capitalised() && t.isWord() && (CLAUSE_SUBJECTS.contains(w) || FINITE.contains(w)
                || WordClasses.isAuxiliary(t) || w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss")
                && !WordClasses.DETERMINERS.contains(w)));
    }

    private static boolean opensClause(ArticleTokens a, int k) {
        Token t = a.get(k);
        return t.isWord() && (t.lower().endsWith("ing") || CONJUNCTIONS.contains(t.lower())
                || WordClasses.RELATIVE_PRONOUNS.contains(t.lower()) || CLAUSE_SUBJECTS.contains(t.lower()));
    }
}
