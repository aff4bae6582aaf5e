package dev.citebot.attribute;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a subject set off from its verb by asides between commas or dashes, and an apposition giving its role.
 * Walks back over at most a few asides within the sentence, never into a quotation.
 */
final class Asides {

    private static final int MAX_ASIDE = 40;
    private static final int MAX_SEGMENTS = 6;
    private static final int MAX_PARENTHESIS = 12;
    /** A party and state tag after a lawmaker's name ("R-Ohio", "D-Calif."): an aside, never a speaker. */
    private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    private final PhraseReader reader;

    Asides(PhraseReader reader) {
        this.reader = reader;
    }

    /**
     * A subject set off from its verb by asides between commas or dashes: "Jen Parsons-Soren, who had attended
     * ..., said", "Ana Ruiz, the harbour master of Porto Alto, one of the towns objecting, said", "Garnier, a
     * clown, said". The leftmost phrase that ends before a mark and opens a clause is the subject; an aside
     * right after it gives its role ("The council's budget chair, Tomas Berg, said" names Tomas Berg), after a name
     * when an article opens it or it holds a title ("Maureen Tully, chair of the board, said"), after an age if one
     * comes first ("Gus Pereira, 72, a retired harbor master, said"). A party
     * tag ("Tom Baker, R-Ohio, said") is skipped, and the name before it is the subject wherever it stands
     * ("backers such as Tom Baker, R-Ohio, now say").
     */
    Optional<Candidate> subject(ArticleTokens a, int lo, int v, int mark) {
        Optional<Candidate> subject = Optional.empty();
        int d = mark;
        boolean tagged = false;
        for (int segment = 0; segment < MAX_SEGMENTS && d > lo && mark - d <= MAX_ASIDE; segment++) {
            int end = beforeParenthesis(a, lo, d - 1);
            while (end >= lo && WordClasses.isAsideMark(a.get(end))) {
                end--;
            }
            boolean tag = end >= lo && PARTY_TAG.matcher(a.get(end).text()).matches();
            Optional<Candidate> here = end < lo || tag ? Optional.empty()
                    : segmentSubject(a, lo, v, end, d, mark, tagged);
            tagged = tag;
            if (here.isPresent()) {
                subject = here;
            }
            d = previousMark(a, lo, end);
            if (d < 0) {
                break;
            }
        }
        return subject;
    }

    private Optional<Candidate> segmentSubject(ArticleTokens a, int lo, int v, int end, int d, int mark,
                                               boolean tagged) {
        if (WordClasses.SUBJECT_PRONOUNS.contains(a.get(end).lower())) {
            Phrase pronoun = Phrase.common(Phrase.Kind.PRONOUN, end, end);
            return opensClause(a, lo, end) ? Optional.of(Candidate.of(v, pronoun, null)) : Optional.empty();
        }
        Optional<Phrase> phrase = reader.backward(a, end, lo).filter(ph -> ph.kind() == Phrase.Kind.NAME
                || ph.kind() == Phrase.Kind.PERSON).filter(ph -> tagged || opensClause(a, lo, ph.first()));
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Phrase next = d + 1 < mark ? reader.forward(a, d + 1, mark).orElse(null) : null;
        if (phrase.get().kind() == Phrase.Kind.PERSON && next != null && next.kind() == Phrase.Kind.NAME
                && WordClasses.isAsideMark(a.get(next.last() + 1))) {
            return Optional.of(Candidate.of(v, next, phrase.get()));
        }
        Phrase role = phrase.get().kind() == Phrase.Kind.NAME && d + 1 < mark
                ? reader.description(a, PhraseReader.afterAge(a, d + 1, mark), mark) : null;
        return Optional.of(Candidate.of(v, phrase.get(), role));
    }

    /** Whether a phrase starting at token {@code i} can be a clause's subject by what precedes it. */
    private static boolean opensClause(ArticleTokens a, int lo, int i) {
        if (i <= lo) {
            return true;
        }
        Token before = a.get(i - 1);
        return !before.isWord() || (WordClasses.isFunctionWord(before) && !WordClasses.isPreposition(before));
    }

    /** Index of the nearest aside mark before token {@code k} within the sentence, or -1 at a quotation or the
     * end of a sentence. */
    private static int previousMark(ArticleTokens a, int lo, int k) {
        for (int j = k; j >= lo; j--) {
            Token t = a.get(j);
            if (WordClasses.isAsideMark(t)) {
                return j;
            }
            boolean quotation = t.quoted() || t.kind() == Token.Kind.OPEN_QUOTE
                    || t.kind() == Token.Kind.CLOSE_QUOTE;
            if (quotation || (!t.isWord() && ".;:!?()".contains(t.text()))) {
                return -1;
            }
        }
        return -1;
    }

    /** Token {@code k}, or the one before the parenthesis that token {@code k} closes ("Chaffetz (R-Utah)"). */
    static int beforeParenthesis(ArticleTokens a, int lo, int k) {
        if (k < lo || !a.get(k).is(")")) {
            return k;
        }
        for (int j = k - 1; j >= lo && k - j <= MAX_PARENTHESIS; j--) {
            if (a.get(j).is("(")) {
                return j - 1;
            }
        }
        return k;
    }
}
