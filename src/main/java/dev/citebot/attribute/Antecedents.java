package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a pronoun speaker ("he said") to an earlier mention. Sentences are searched from the pronoun
 * backwards; in each, the speaker of its main reporting clause is taken, else its first person name outside
 * quotations (the subject is the likeliest antecedent). A name after a preposition ("near Doki Doki") or behind
 * "the" ("the Utah Robot Festival") names a place or a thing and is passed over (not one after "according to": a
 * source), as are a name before the title it qualifies ("U.S. senator") and one written all in capitals ("U.N.").
 * Number must agree: "he" and "she" pass over plural speakers ("officials"), "they" passes over a person's full
 * name and one unnamed person ("a source"); and "he" passes over a name the article writes of as "she", and the
 * reverse ({@link Genders}). A definite description ("the clown") is resolved through an earlier apposition.
 */
final class Antecedents {

    private static final int MAX_DESCRIPTION = 4;
    /** Words other than those in "-al" that stand between a name and the title it qualifies. */
    private static final Set<String> OFFICE_ADJECTIVES = Set.of("vice", "former", "senior");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private final Words words;
    private final PhraseReader reader;
    private final ClauseRules clauses;
    private final Genders genders;

    Antecedents(Words words, PhraseReader reader, ClauseRules clauses) {
        this.words = words;
        this.reader = reader;
        this.clauses = clauses;
        this.genders = new Genders(words);
    }

    /** The mention that the pronoun at token {@code pronoun} stands for, if the article has one before it. */
    Optional<Candidate> find(ArticleTokens a, int pronoun) {
        String p = a.get(pronoun).lower();
        Agreement wanted = new Agreement(!p.equals("they") && !p.equals("them"), Genders.of(p));
        int start = sentenceStart(a, pronoun);
        Optional<Candidate> found = firstName(a, start, pronoun, wanted);
        while (found.isEmpty() && start > 0) {
            int end = start;
            int from = sentenceStart(a, start - 1);
            found = speakerOf(a, from, end, wanted).or(() -> firstName(a, from, end, wanted));
            start = from;
        }
        return found;
    }

    /**
     * The body that "it" at token {@code pronoun} stands for: the nearest name before it, in its sentence or the
     * one before, that names no person ("the FBI", "the Port Authority": a name behind "the", or of title words
     * only) and does not follow a preposition. Empty when there is none: "it" is then left as written.
     */
    Optional<Candidate> body(ArticleTokens a, int pronoun) {
        int lo = sentenceStart(a, pronoun);
        lo = lo > 0 ? sentenceStart(a, lo - 1) : lo;
        for (int k = pronoun - 1; k >= lo; k--) {
            boolean runEnd = !words.isNameWord(a, k + 1);
            if (a.get(k).quoted() || !words.isNameWord(a, k) || !runEnd) {
                continue;
            }
            Optional<Phrase> name = reader.backward(a, k, lo).filter(ph -> ph.kind() == Phrase.Kind.NAME
                    && !(ph.first() > 0 && WordClasses.isPreposition(a.get(ph.first() - 1))));
            if (name.isPresent()) {
                return isPersonName(a, name.get()) ? Optional.empty()
                        : Optional.of(Candidate.of(name.get().first(), name.get(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * The name that an earlier apposition gave to a definite description: "the clown" after "Marc Garnier, a
     * clown from Lyon," stands for Marc Garnier (with "clown" as the role); the nearest such apposition before the
     * description. The appositions of one head word are found once per article, so that an article with many
     * descriptions is not read back to its start for each of them.
     */
    Optional<Candidate> described(ArticleTokens a, Phrase description) {
        String head = a.get(description.last()).lower();
        List<Apposition> named = a.remembered(new AppositionsOf(head), () -> appositions(a, head));
        int before = description.first();
        int lo = 0;
        int hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).at() < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Optional.empty() : Optional.of(named.get(lo - 1).candidate());
    }

    /** Every place, in text order, where {@code head} ends an apposition that names someone ("X, a clown"). */
    private List<Apposition> appositions(ArticleTokens a, String head) {
        List<Apposition> out = new ArrayList<>();
        for (int k : a.positionsOfLower(head)) {
            if (a.get(k).quoted()) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && k - j <= MAX_DESCRIPTION && words.isModifier(a, j)) {
                j--;
            }
            boolean apposition = j >= 2 && (a.get(j).is("a") || a.get(j).is("an")) && a.get(j - 1).is(",");
            Optional<Phrase> name = apposition ? reader.backward(a, j - 2, 0) : Optional.empty();
            if (name.isPresent() && name.get().kind() == Phrase.Kind.NAME) {
                Phrase role = Phrase.common(Phrase.Kind.OTHER, j, k);
                out.add(new Apposition(k, Candidate.of(name.get().first(), name.get(), role)));
            }
        }
        return List.copyOf(out);
    }

    private record AppositionsOf(String head) {
    }

    private record Apposition(int at, Candidate candidate) {
    }

    /** What a pronoun asks of its antecedent: singular or plural, and for "he" or "she" a gender (else null). */
    private record Agreement(boolean singular, Genders.Gender gender) {
    }

    private Optional<Candidate> speakerOf(ArticleTokens a, int lo, int hi, Agreement wanted) {
        return MainClause.choose(clauses.candidates(a, lo, hi), c -> c.phrase().kind() != Phrase.Kind.PRONOUN
                && c.speaks() && (c.named() || c.attached()) && agrees(a, c.phrase(), wanted)
                && (wanted.gender() == null || personal(a, c.phrase())) ? Optional.of(c) : Optional.empty());
    }

    /**
     * Whether "he" or "she" can stand for the phrase: not a document ("the report"), and a name only a person's, not
     * a body's behind "the" ("the Commission") or a place's after a preposition.
     */
    private boolean personal(ArticleTokens a, Phrase ph) {
        return ph.kind() == Phrase.Kind.NAME ? isAntecedentName(a, ph, true) : ph.kind() != Phrase.Kind.DOCUMENT;
    }

    private Optional<Candidate> firstName(ArticleTokens a, int lo, int hi, Agreement wanted) {
        for (int k = lo; k < hi; k++) {
            boolean runEnd = k + 1 >= hi || !words.isNameWord(a, k + 1);
            if (a.get(k).quoted() || !words.isNameWord(a, k) || !runEnd) {
                continue;
            }
            Optional<Phrase> name = reader.backward(a, k, lo)
                    .filter(ph -> isAntecedentName(a, ph, wanted.singular()) && !(wanted.singular() && opensSentenceOnly(a, ph))
                            && agrees(a, ph, wanted));
            if (name.isPresent()) {
                return Optional.of(Candidate.of(name.get().first(), name.get(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * One word that the article writes only to open sentences, and there before a punctuation mark or a
     * preposition ("Finally, …", "Nonetheless, …", "Harsh? …", "Contrary to …"): no one "he" or "she" stands for. A
     * name recurs inside sentences ("Putney" after "Kerr Putney"), or opens one as its subject ("Okafor spoke …").
     */
    private static boolean opensSentenceOnly(ArticleTokens a, Phrase ph) {
        int k = ph.nameFirst();
        if (k != ph.nameLast() || k + 1 >= a.size()) {
            return false;
        }
        Token next = a.get(k + 1);
        boolean aside = next.kind() == Token.Kind.PUNCT && !WordClasses.isPossessive(next)
                || WordClasses.isPreposition(next);
        if (!aside) {
            return false;
        }
        String word = a.get(k).text();
        return a.remembered(new OpensSentences(word), () -> {
            for (int i : a.positionsOf(word)) {
                if (!a.sentenceInitial(i)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The key under which an article remembers whether a word stands only at sentence starts. */
    private record OpensSentences(String word) {
    }

    /**
     * Whether a pronoun for people can stand for a name phrase: a person's name ({@link #isPersonName}) that is
     * neither a name before a title it qualifies ("U.S. senator", "Democratic presidential nominee", "Clinton aide
     * Huma Abedin": the title's bearer is the person) nor written all in capitals ("U.N.", "BET", a heading such as
     * "MEDICAL CLAIMS").
     */
    private boolean isAntecedentName(ArticleTokens a, Phrase ph, boolean singular) {
        return isPersonName(a, ph) && !qualifiesTitle(a, ph.nameLast(), singular) && !capitals(a, ph);
    }

    private boolean isPersonName(ArticleTokens a, Phrase ph) {
        if (ph.kind() != Phrase.Kind.NAME || (ph.first() > 0 && WordClasses.isPreposition(a.get(ph.first() - 1))
                && !accordingTo(a, ph.first() - 1))) {
            return false;
        }
        if (ph.first() < ph.nameFirst() && !ph.hasRole()) {
            return false;
        }
        for (int k = ph.nameFirst(); k <= ph.nameLast(); k++) {
            if (!words.isTitleWord(a.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a title in lower case follows the name ending at {@code last}, directly, after a possessive or after
     * adjectives of office ("U.S. senator", "Halvex's chief executive", "Democratic presidential nominee"): words in
     * "-al" and "vice", "former", "senior". The possessive counts for "he" and "she" only: "they" after "Clinton's
     * campaign" stands for the campaign, which no name gives.
     */
    private boolean qualifiesTitle(ArticleTokens a, int last, boolean singular) {
        boolean possessive = singular && last + 1 < a.size() && POSSESSIVE.contains(a.get(last + 1).text());
        int from = possessive ? last + 2 : last + 1;
        for (int next = from; next < a.size() && next <= from + 2; next++) {
            Token t = a.get(next);
            if (!t.isWord() || t.quoted() || a.startsSentence(next) || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            if (words.titleStartingAt(a, next, a.size()) > 0) {
                return true;
            }
            if (!t.lower().endsWith("al") && !OFFICE_ADJECTIVES.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} is the "to" of "according to", after which a name is a source, not a place. */
    private static boolean accordingTo(ArticleTokens a, int k) {
        return a.get(k).is("to") && k > 0 && a.get(k - 1).is("according");
    }

    /** Whether every letter of the phrase's name is a capital, and there are two or more. */
    private static boolean capitals(ArticleTokens a, Phrase ph) {
        int letters = 0;
        for (int k = ph.nameFirst(); k <= ph.nameLast(); k++) {
            for (char c : a.get(k).text().toCharArray()) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return letters >= 2;
    }

    private boolean agrees(ArticleTokens a, Phrase ph, Agreement wanted) {
        boolean singular = wanted.singular();
        if (ph.kind() == Phrase.Kind.NAME) {
            return (singular || ph.nameFirst() == ph.nameLast() || ph.first() < ph.nameFirst() && !ph.hasRole())
                    && genders.agrees(a, ph.nameFirst(), ph.nameLast(), wanted.gender());
        }
        boolean plural = false;
        for (int k = ph.first(); k <= ph.last(); k++) {
            plural |= words.isPluralTitle(a.get(k));
        }
        boolean one = a.get(ph.first()).is("a") || a.get(ph.first()).is("an");
        return ph.kind() != Phrase.Kind.PERSON || (singular ? !plural : plural || !one);
    }

    private static int sentenceStart(ArticleTokens a, int i) {
        int k = i;
        while (k > 0 && !a.startsSentence(k)) {
            k--;
        }
        return k;
    }
}
