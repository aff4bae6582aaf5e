package dev.citebot.attribute;

import java.util.Optional;
import java.util.Set;

/**
 * Reporting constructions headed by a noun or a preposition rather than a verb:
 * <ul>
 *   <li>"according to X" (any noun phrase: "according to exit polls");</li>
 *   <li>a possessor's report: "Shoigu's warning that ...", "Trump's latest plan to ...", "his refusal to ...";</li>
 *   <li>an opening "In a statement, X ...", whose subject speaks.</li>
 * </ul>
 */
final class NounRules {

    private static final int MAX_MODIFIERS = 2;
    private static final int MAX_STATEMENT_LEAD = 5;
    private static final int MAX_STATEMENT_TAIL = 9;
    /** Possessive determiners and the subject pronoun each stands for. */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");

    private final Words words;
    private final PhraseReader reader;

    NounRules(Words words, PhraseReader reader) {
        this.words = words;
        this.reader = reader;
    }

    Optional<Candidate> accordingTo(ArticleTokens a, int hi, int i) {
        if (i + 1 >= hi || !a.get(i + 1).is("to")) {
            return Optional.empty();
        }
        return reader.forward(a, i + 2, hi).map(ph -> {
            Phrase apposition = reader.appositive(a, ph, hi);
            boolean closed = apposition != null && apposition.last() + 1 < hi && a.get(apposition.last() + 1).is(",");
            return Candidate.of(i, ph, closed ? apposition : null);
        });
    }

    /**
     * A possessor's report at noun {@code i}: a speech noun before "that", a colon or a quotation ("Shoigu's warning
     * that ..."), or a speech or intention noun before a "to" infinitive ("Trump's latest plan to ...", "his refusal
     * to ..."). Up to two modifiers may stand between the possessor and the noun; a possessive pronoun is resolved
     * like a subject pronoun.
     */
    Optional<Candidate> possessive(ArticleTokens a, int lo, int hi, int i) {
        if (i + 2 >= hi || !a.get(i).isWord()) {
            return Optional.empty();
        }
        Token t = a.get(i);
        Token next = a.get(i + 1);
        boolean clauseNext = next.is("that") || next.is(":") || next.kind() == Token.Kind.OPEN_QUOTE;
        boolean infinitiveNext = next.is("to") && a.get(i + 2).isWord() && !a.get(i + 2).capitalised()
                && !WordClasses.DETERMINERS.contains(a.get(i + 2).lower());
        if (!clauseNext && !infinitiveNext) {
            return Optional.empty();
        }
        boolean speech = words.isAttributionNoun(t);
        boolean clause = clauseNext && speech;
        boolean infinitive = infinitiveNext && (speech || words.isIntentionNoun(t));
        if (!clause && !infinitive) {
            return Optional.empty();
        }
        int k = i - 1;
        while (k > lo && i - k <= MAX_MODIFIERS && words.isModifier(a, k) && !WordClasses.isPossessive(a.get(k))
                && !POSSESSIVE_PRONOUNS.contains(a.get(k).lower())) {
            k--;
        }
        Frame frame = clause ? Frame.SPEECH : Frame.INFINITIVE;
        if (k >= lo && POSSESSIVE_PRONOUNS.contains(a.get(k).lower()) && !a.get(k).quoted()) {
            return Optional.of(Candidate.of(i, Phrase.common(Phrase.Kind.PRONOUN, k, k), null).framed(frame));
        }
        if (k - 1 < lo || !WordClasses.isPossessive(a.get(k))) {
            return Optional.empty();
        }
        return reader.backward(a, k - 1, lo).filter(ClauseRules::named)
                .map(ph -> Candidate.of(i, ph, null).framed(frame));
    }

    /** "In a statement, the ministry ...": the subject after the opening phrase speaks. */
    Optional<Candidate> statementOpening(ArticleTokens a, int lo, int hi) {
        if (hi - lo < 5 || !a.get(lo).is("in") || !WordClasses.DETERMINERS.contains(a.get(lo + 1).lower())) {
            return Optional.empty();
        }
        int noun = lo + 2;
        while (noun < Math.min(hi, lo + MAX_STATEMENT_LEAD) && !words.isAttributionNoun(a.get(noun))) {
            noun++;
        }
        boolean found = noun < hi && words.isAttributionNoun(a.get(noun));
        int comma = found ? lastComma(a, noun, Math.min(hi, noun + MAX_STATEMENT_TAIL)) : -1;
        if (comma < 0) {
            return Optional.empty();
        }
        int cue = noun;
        return reader.subjectAt(a, comma + 1, hi).filter(ClauseRules::named).map(ph -> Candidate.of(cue, ph, null));
    }

    /** Index of the last comma in {@code [from, to)}, or -1. */
    private static int lastComma(ArticleTokens a, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (a.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }
}
