package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the reporting constructions of one sentence and the phrase naming each one's speaker:
 * <ul>
 *   <li>a reporting verb with its subject ("Keir Starmer had indicated", "a source said"), or after a quotation
 *       its inverted subject ("said John Smith, a detective"), or its agent ("reiterated by Kremlin spokesman
 *       Dmitry Peskov"); a subject set off by asides is found by {@link Asides}; after "and" the verb shares the
 *       main clause's subject;</li>
 *   <li>a participle after a comma or an attribution noun ("..., arguing that", "an article indicating that"),
 *       whose speaker is the subject of the main clause;</li>
 *   <li>"according to X" (any noun phrase: "according to exit polls"), "X's warning that", and an opening "In a
 *       statement, X ...".</li>
 * </ul>
 * Words inside quotations are never cues.
 */
final class ClauseRules {

    private static final int MAX_OPENING = 14;
    private static final int MAX_LIGHT_OBJECT = 3;
    private static final int MAX_TIME_PHRASE = 4;
    /** Verbs that frame another verb's infinitive without being a report themselves. */
    private static final Set<String> RAISING = Set.of("appear", "appears", "appeared", "seem", "seems", "seemed",
            "continue", "continues", "continued", "begin", "begins", "began", "start", "starts", "started", "try",
            "tries", "tried", "manage", "manages", "managed", "tend", "tends", "tended", "used");
    private static final Set<String> GO = Set.of("go", "goes", "went", "going");
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "morning", "afternoon", "evening",
            "night", "weekend", "interview", "statement");
    private static final Set<String> LIGHT_VERBS = Set.of("made", "makes", "make", "issued", "issues", "issue",
            "gave", "gives", "released", "releases", "published", "publishes");
    /** Subject pronouns that stand for no earlier speaker: the writer, the reader, a thing ("It says ..."). */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("i", "we", "you", "it");
    private static final Set<String> NOUN_FOLLOWERS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would");

    private final Words words;
    private final PhraseReader reader;
    private final Asides asides;
    private final NounRules nouns;

    ClauseRules(Words words, PhraseReader reader) {
        this.words = words;
        this.reader = reader;
        this.asides = new Asides(reader);
        this.nouns = new NounRules(words, reader);
    }

    /** The speaking constructions among tokens {@code [sentenceFirst, hi)}, in text order. */
    List<Candidate> candidates(ArticleTokens a, int sentenceFirst, int hi) {
        int lo = afterDateline(a, sentenceFirst, hi);
        List<Candidate> found = new ArrayList<>();
        nouns.statementOpening(a, lo, hi).map(x -> withAttachment(a, lo, hi, x)).ifPresent(found::add);
        for (int i = lo; i < hi; i++) {
            Token t = a.get(i);
            if (t.quoted() || !t.isWord()) {
                continue;
            }
            Optional<Candidate> c = t.is("according") ? nouns.accordingTo(a, hi, i) : cueVerb(a, lo, hi, i, found);
            if (c.isEmpty()) {
                c = nouns.possessive(a, lo, hi, i);
            }
            if (c.isEmpty() && !found.isEmpty() && continuesReport(a, lo, i)) {
                c = Optional.of(Candidate.of(i, found.get(found.size() - 1).phrase(), null));
            }
            c.map(x -> withAttachment(a, lo, hi, x)).filter(x -> x.speaks() || t.is("according"))
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * "The mayor said ... and warned the council ...": a verb right after "and" or "but" (and its auxiliaries) shares
     * the subject of the construction before it in the sentence.
     */
    static boolean coordinatedVerb(ArticleTokens a, int lo, int v) {
        int k = v - 1;
        while (k >= lo && WordClasses.isAuxiliary(a.get(k))) {
            k--;
        }
        return k >= lo && (a.get(k).is("and") || a.get(k).is("but"));
    }

    /**
     * "“...,” Okafor said, suggesting a later vote": a participle after a comma goes on with the clause before;
     * not one before a preposition ("..., adding to the concern").
     */
    private static boolean participleAfterComma(ArticleTokens a, int lo, int v) {
        return v - 1 >= lo && a.get(v - 1).is(",") && a.get(v).lower().endsWith("ing") && v + 1 < a.size()
                && !WordClasses.isPreposition(a.get(v + 1));
    }

    /** The construction of a cue verb at {@code i}, used in a frame that what follows it fits. */
    private Optional<Candidate> cueVerb(ArticleTokens a, int lo, int hi, int i, List<Candidate> found) {
        Set<Frame> frames = words.frames(a.get(i));
        if (frames.isEmpty() && !LIGHT_VERBS.contains(a.get(i).lower())) {
            return Optional.empty();
        }
        Optional<Frame> frame = madeStatement(a, hi, i) ? Optional.of(Frame.SPEECH)
                : Complements.fitting(a, i, hi, frames);
        if (!found.isEmpty() && (coordinatedVerb(a, lo, i) || participleAfterComma(a, lo, i))) {
            Candidate before = found.get(found.size() - 1);
            return frame.map(f -> before.sharedBy(i, f));
        }
        return frame.flatMap(f -> verb(a, lo, hi, i, f));
    }

    /**
     * "“...,” he said, adding that ...": a participle after a comma that introduces content goes on with the
     * clause before it ("..., adding to the concern" does not).
     */
    private boolean continuesReport(ArticleTokens a, int lo, int i) {
        if (i - 1 < lo || i + 1 >= a.size() || !a.get(i - 1).is(",") || !a.get(i).lower().endsWith("ing")
                || !words.isReportingVerb(a.get(i))) {
            return false;
        }
        Token next = a.get(i + 1);
        return next.is("that") || next.is(":") || next.is(",") || next.kind() == Token.Kind.OPEN_QUOTE;
    }

    /** The first token after an opening dateline ("WASHINGTON --"), which is not part of any clause. */
    private static int afterDateline(ArticleTokens a, int lo, int hi) {
        int k = lo;
        while (k < hi && a.get(k).isWord() && a.get(k).text().equals(a.get(k).text().toUpperCase(Locale.ROOT))
                && a.get(k).capitalised()) {
            k++;
        }
        int end = k;
        while (k < hi && WordClasses.isAsideMark(a.get(k)) && !a.get(k).is(",")) {
            k++;
        }
        return end > lo && k > end && k < hi ? k : lo;
    }

    /**
     * The construction of the cue verb at {@code v} used in {@code frame}; a verb that needs a particular
     * complement takes its subject from before it, never after.
     */
    private Optional<Candidate> verb(ArticleTokens a, int lo, int hi, int v, Frame frame) {
        return speechVerb(a, lo, hi, v, frame).map(c -> c.framed(frame))
                .filter(c -> frame == Frame.SPEECH || c.phrase().first() < v);
    }

    private Optional<Candidate> speechVerb(ArticleTokens a, int lo, int hi, int v, Frame frame) {
        if (usedAsNoun(a, hi, v) || naming(a, lo, v)) {
            return Optional.empty();
        }
        int p = beforeRaising(a, lo, v - 1);
        boolean passive = false;
        while (p >= lo && WordClasses.isAuxiliary(a.get(p))) {
            passive |= WordClasses.BE.contains(a.get(p).lower());
            p--;
        }
        p = Asides.beforeParenthesis(a, lo, timeAdjunctStart(a, lo, p));
        boolean participle = a.get(v).lower().endsWith("ing");
        if (v + 1 < hi && a.get(v + 1).is("by")) {
            return reader.forward(a, v + 2, hi).filter(ph -> named(ph) || pluralHead(a, ph))
                    .map(ph -> Candidate.of(v, ph, null)).map(c -> c.named() ? c : c.asSubject());
        }
        if (participle && p == v - 1) {
            return participle(a, lo, hi, v, frame);
        }
        if ((passive && !participle) || reducedPassive(a, hi, v)) {
            return Optional.empty();
        }
        return p < lo ? inverted(a, hi, v) : subjectBefore(a, lo, hi, v, p, frame);
    }

    /**
     * "appeared to suggest", "went on to praise", "managed to ask": the token before a verb that only frames the
     * cue's infinitive (its subject is the cue's), else {@code p}.
     */
    private static int beforeRaising(ArticleTokens a, int lo, int p) {
        if (p - 1 < lo || !a.get(p).is("to")) {
            return p;
        }
        int k = p - 1;
        while (k >= lo && WordClasses.isAuxiliary(a.get(k)) && !a.get(k).is("to")) {
            k--;
        }
        if (k >= lo && RAISING.contains(a.get(k).lower())) {
            return k - 1;
        }
        boolean goesOn = k - 1 >= lo && a.get(k).is("on") && GO.contains(a.get(k - 1).lower());
        return goesOn ? k - 2 : p;
    }

    /**
     * "who in 2010 said", "Okafor on Monday warned": the token before a short time phrase ending at {@code p}
     * (a preposition and up to three words ending in a year, a weekday, a month or a time word), else {@code p}.
     */
    private static int timeAdjunctStart(ArticleTokens a, int lo, int p) {
        if (p < lo || !timeWord(a.get(p))) {
            return p;
        }
        for (int k = p - 1; k >= Math.max(lo, p - MAX_TIME_PHRASE); k--) {
            Token t = a.get(k);
            if (t.is("in") || t.is("on") || t.is("at") || t.is("last") || t.is("this") || t.is("earlier")) {
                return k - 1;
            }
        }
        return p;
    }

    private static boolean timeWord(Token t) {
        String w = t.lower();
        boolean year = w.length() == 4 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(3));
        return year || WordClasses.WEEKDAYS.contains(w) || WordClasses.MONTHS.contains(w) || TIME_WORDS.contains(w);
    }

    /** "made a similar declaration", "issued a statement": a light verb whose object is an attribution noun. */
    private boolean madeStatement(ArticleTokens a, int hi, int v) {
        if (!LIGHT_VERBS.contains(a.get(v).lower()) || v + 1 >= hi
                || !WordClasses.DETERMINERS.contains(a.get(v + 1).lower())) {
            return false;
        }
        for (int k = v + 2; k < Math.min(hi, v + 2 + MAX_LIGHT_OBJECT); k++) {
            if (words.isAttributionNoun(a.get(k))) {
                return true;
            }
            if (!a.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "His group, called the Legacy Fund, ...": a participle that names, not a report. */
    private static boolean naming(ArticleTokens a, int lo, int v) {
        return a.get(v).is("called") && v - 1 >= lo && a.get(v - 1).is(",");
    }

    /** "the claims were false", "reports suggest": a plural attribution noun, not a verb. */
    private boolean usedAsNoun(ArticleTokens a, int hi, int v) {
        if (v + 1 >= hi || !words.isAttributionNoun(a.get(v))) {
            return false;
        }
        Token next = a.get(v + 1);
        return NOUN_FOLLOWERS.contains(next.lower()) || words.isReportingVerb(next);
    }

    /** "people accused of fraud", "officials told to leave": a verb that needs an addressee, without one. */
    private static boolean reducedPassive(ArticleTokens a, int hi, int v) {
        return WordClasses.ADDRESSEE_VERBS.contains(a.get(v).lower()) && a.get(v).lower().endsWith("ed")
                && v + 1 < hi && WordClasses.isPreposition(a.get(v + 1));
    }

    private Optional<Candidate> subjectBefore(ArticleTokens a, int lo, int hi, int v, int p, Frame frame) {
        Token t = a.get(p);
        if (WordClasses.SUBJECT_PRONOUNS.contains(t.lower())) {
            return Optional.of(Candidate.of(v, Phrase.common(Phrase.Kind.PRONOUN, p, p), null));
        }
        if (PERSONAL_SUBJECTS.contains(t.lower()) && (frame != Frame.SPEECH || complementFollows(a, hi, v))) {
            return Optional.of(Candidate.of(v, Phrase.common(Phrase.Kind.OTHER, p, p), null).asSubject());
        }
        if (t.is("that") && p - 1 >= lo && a.get(p - 1).isWord()) {
            return reader.backward(a, p - 1, lo).filter(ph -> named(ph) || pluralHead(a, ph))
                    .map(ph -> Candidate.of(v, ph, null)).map(c -> c.named() ? c : c.asSubject());
        }
        if (WordClasses.RELATIVE_PRONOUNS.contains(t.lower())) {
            int q = p - 1 >= lo && a.get(p - 1).is(",") ? p - 2 : p - 1;
            return q < lo ? Optional.empty() : reader.backward(a, q, lo).filter(ClauseRules::named)
                    .map(ph -> Candidate.of(v, ph, null));
        }
        if (t.is("and") || t.is("but")) {
            return mainSubject(a, lo, v);
        }
        if (WordClasses.isAsideMark(t)) {
            return asides.subject(a, lo, v, p).or(() -> inverted(a, hi, v));
        }
        if (t.closesQuote()) {
            return inverted(a, hi, v);
        }
        boolean complement = frame != Frame.SPEECH || complementFollows(a, hi, v);
        return reader.backward(a, p, lo).map(ph -> {
            Phrase subject = coordination(a, ph, lo);
            boolean speaks = subject != ph || pluralHead(a, ph);
            Candidate c = Candidate.of(v, subject, null);
            return c.named() || !complement || !speaks ? c : c.asSubject();
        });
    }

    /**
     * "Engineers at the port and several harbour pilots said": an unnamed phrase after "and" is the second
     * half of a coordinated subject whose first half speaks (a name, a plural); the subject is both halves.
     */
    private Phrase coordination(ArticleTokens a, Phrase last, int lo) {
        int and = last.first() - 1;
        if (last.kind() != Phrase.Kind.OTHER || pluralHead(a, last) || and - 1 < lo || !a.get(and).is("and")) {
            return last;
        }
        return reader.backward(a, and - 1, lo).filter(first -> named(first) || pluralHead(a, first))
                .map(first -> Phrase.common(Phrase.Kind.OTHER, first.first(), last.last())).orElse(last);
    }

    /**
     * Whether an unnamed subject ends in a plural noun, a share or a piece of speech or writing ("experts", "41
     * percent", "the latest harbour survey"): then a cue
     * after it is its verb. A singular head is left out because a noun that looks like a verb ("his plan to ...",
     * "three presidential debates") follows one as often as a verb does.
     */
    private boolean pluralHead(ArticleTokens a, Phrase phrase) {
        String head = a.get(phrase.last()).lower();
        if (words.isAttributionNoun(a.get(phrase.last())) || words.isAttributionNoun(a.get(phrase.first()))) {
            return true;
        }
        boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is") && !head.endsWith("ous");
        return plural || head.equals("percent") || head.equals("people") || head.equals("majority");
    }

    /**
     * Whether the verb at {@code v} is followed by what it reports: "that", a quotation or a colon, or a clause
     * opening with a subject pronoun or a determiner.
     */
    private static boolean complementFollows(ArticleTokens a, int hi, int v) {
        int k = v + 1;
        while (k < hi && (WordClasses.isAuxiliary(a.get(k)) || a.get(k).is(","))) {
            k++;
        }
        if (k >= hi) {
            return false;
        }
        Token t = a.get(k);
        return t.is("that") || t.is(":") || t.quoted() || WordClasses.SUBJECT_PRONOUNS.contains(t.lower())
                || WordClasses.CLAUSE_OPENERS.contains(t.lower()) || Complements.nounPhraseAt(a, k, hi);
    }

    /**
     * "..., arguing that" or "an article indicating that": the subject of the main clause speaks; "footage of Trump
     * saying": the name before the participle does.
     */
    private Optional<Candidate> participle(ArticleTokens a, int lo, int hi, int v, Frame frame) {
        if (v - 1 < lo || (v + 1 < hi && WordClasses.isPreposition(a.get(v + 1)))
                || (frame != Frame.SPEECH && !a.get(v - 1).is(","))) {
            return Optional.empty();
        }
        if (a.get(v - 1).is(",") || words.isAttributionNoun(a.get(v - 1))) {
            return mainSubject(a, lo, v);
        }
        return reader.backward(a, v - 1, lo).filter(ph -> ph.kind() == Phrase.Kind.NAME
                || ph.kind() == Phrase.Kind.PERSON).map(ph -> Candidate.of(v, ph, null));
    }

    /** The subject of the sentence's main clause, after an opening phrase such as "In April,". */
    private Optional<Candidate> mainSubject(ArticleTokens a, int lo, int v) {
        int start = lo;
        if (WordClasses.isFunctionWord(a.get(lo))) {
            int comma = commaAfter(a, lo, Math.min(v, lo + MAX_OPENING));
            if (comma < 0) {
                return Optional.empty();
            }
            start = comma + 1;
        }
        return reader.subjectAt(a, start, v).filter(ClauseRules::named)
                .map(ph -> appositiveName(a, ph, v).orElseGet(() -> Candidate.of(v, ph, null)));
    }

    /**
     * "The state's governor, Claire Hartmann, visited … and promised …": a name set off by commas right after a
     * described subject is the speaker, and the description its role, as when the verb follows at once.
     */
    private Optional<Candidate> appositiveName(ArticleTokens a, Phrase subject, int v) {
        int comma = subject.last() + 1;
        if (subject.kind() != Phrase.Kind.PERSON || comma + 1 >= v || !a.get(comma).is(",")) {
            return Optional.empty();
        }
        return reader.forward(a, comma + 1, v)
                .filter(n -> n.kind() == Phrase.Kind.NAME && n.last() + 1 < v && a.get(n.last() + 1).is(","))
                .map(n -> Candidate.of(v, n, subject));
    }

    /**
     * "“...,” said John Smith, a detective": the speaker follows the verb, and the clause ends after it (or goes
     * on with "in a statement", "who ...").
     */
    private Optional<Candidate> inverted(ArticleTokens a, int hi, int v) {
        if (WordClasses.ADDRESSEE_VERBS.contains(a.get(v).lower())) {
            return Optional.empty();
        }
        return reader.forward(a, v + 1, hi).filter(ph -> ph.kind() != Phrase.Kind.PRONOUN)
                .filter(ph -> ph.last() + 1 >= hi || !continuesClause(a.get(ph.last() + 1)))
                .map(ph -> Candidate.of(v, ph, reader.appositive(a, ph, hi)));
    }

    private static boolean continuesClause(Token next) {
        return next.isWord() && !WordClasses.isFunctionWord(next) && !WordClasses.isAuxiliary(next);
    }

    /** Index of the first comma in {@code [from, to)}, or -1. */
    private static int commaAfter(ArticleTokens a, int from, int to) {
        for (int k = from; k < Math.min(to, a.size()); k++) {
            if (a.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /** A phrase that names a speaker by itself, whatever the construction. */
    static boolean named(Phrase phrase) {
        return phrase.kind() != Phrase.Kind.OTHER;
    }

    /** Marks a construction that follows a closing quotation mark or introduces an opening one. */
    private static Candidate withAttachment(ArticleTokens a, int lo, int hi, Candidate c) {
        int k = c.left() - 1;
        while (k >= lo && a.get(k).is(",")) {
            k--;
        }
        boolean follows = k >= lo && a.get(k).closesQuote();
        k = c.right() + 1;
        while (k < hi && (a.get(k).is(",") || a.get(k).is(":") || a.get(k).is("that"))) {
            k++;
        }
        boolean introduces = k < hi && a.get(k).kind() == Token.Kind.OPEN_QUOTE;
        return c.attached(follows || introduces);
    }
}
