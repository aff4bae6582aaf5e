package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The attributions of one sentence: each reporting construction whose speaker resolves, with its content. A content
 * runs to the end of the sentence unless a later construction ends it (a clause coordinated after it, a trailing
 * participle, a clause boundary before the later construction). A construction whose content opens with a later cue
 * of the same speaker ("In a statement, the ministry said ...", "has released an article indicating that ...") or
 * is a relative clause holding one gives way to that later one, and a report without a quotation inside an earlier
 * content is relayed, not an attribution of its own.
 */
final class SentenceAttributions {

    private static final int MAX_LEAD = 3;

    private final RuleSpeakerFinder finder;

    SentenceAttributions(RuleSpeakerFinder finder) {
        this.finder = finder;
    }

    /** The attributions among tokens {@code [lo, hi)}, in text order. */
    List<Attribution> in(ArticleTokens a, int lo, int hi) {
        List<Resolved> kept = Resolved.keep(resolve(a, lo, hi));
        List<Attribution> out = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            Resolved r = kept.get(k);
            int to = hi;
            for (int j = k + 1; j < kept.size() && to == hi; j++) {
                to = endBefore(a, r, kept.get(j), hi);
            }
            Optional<int[]> span = ContentSpans.content(a, r, lo, to);
            if (span.isPresent() && !sameSpeakerLater(a, kept, k, span.get()) && !relayed(a, r, span.get(), out)) {
                out.add(attribution(a, r, span.get()));
            }
        }
        return out;
    }

    /**
     * "X said A, and when pressed, Y replied ...", "X said A -- and he noted B": the last clause boundary (a
     * semicolon, a dash, or "and", "but" or "while" after a comma) between {@code from} and a later
     * construction starting at {@code left}, which ends the earlier content; {@code none} when there is none.
     */
    private static int boundaryBefore(ArticleTokens a, int from, int left, int none) {
        for (int k = left - 1; k > from; k--) {
            Token t = a.get(k);
            boolean conjunction = (t.is("and") || t.is("but") || t.is("while")) && a.get(k - 1).is(",");
            if (!t.quoted() && (t.is(";") || (WordClasses.isAsideMark(t) && !t.is(",")) || conjunction)) {
                return conjunction ? k - 1 : k;
            }
        }
        return none;
    }

    /** First token of {@code next}'s construction after {@code r}: its cue when it shares {@code r}'s subject. */
    private static int clauseStart(ArticleTokens a, Resolved r, Resolved next) {
        return next.candidate().phrase().first() <= r.right(a) ? next.cueFirst(a) : next.left(a);
    }

    /**
     * "Lindqvist said she declined to sign", "The paper reported that officials said the port would close": a report
     * without a quotation inside the content of an earlier one in the sentence is part of what the earlier speaker
     * says, not an attribution of its own (PolNeAR annotates no content inside another). A quotation keeps its own
     * speaker ("reported that Peskov said “...”"), so that who said the quoted words stays known.
     */
    private static boolean relayed(ArticleTokens a, Resolved r, int[] span, List<Attribution> before) {
        if (ContentSpans.kind(a, span) != Attribution.Kind.INDIRECT) {
            return false;
        }
        int cue = a.get(r.candidate().cue()).start();
        return before.stream().anyMatch(b -> b.contentStart() <= cue && cue < b.contentEnd());
    }

    /**
     * Where {@code r}'s content ends because of a later construction {@code next} of the sentence: before a clause
     * coordinated with it, before a trailing participle ("said A, arguing that B"), or at a clause boundary before
     * it; {@code hi} when {@code next} does not end it (it is nested in the content, or no boundary separates them).
     */
    private static int endBefore(ArticleTokens a, Resolved r, Resolved next, int hi) {
        if (closesRelativeClause(a, r, next)) {
            return next.cueFirst(a) - 1;
        }
        if (coordinated(a, r, next)) {
            return clauseStart(a, r, next) - 1;
        }
        if (trailingParticiple(a, r, next)) {
            return next.candidate().cue() - 1;
        }
        return Math.min(hi, boundaryBefore(a, r.right(a) + 1, clauseStart(a, r, next), hi));
    }

    /**
     * "Mr. Obama, who understood that A, told B": the sentence's own verb after a relative clause of the same speaker,
     * behind a comma, ends the relative clause's content before that comma.
     */
    private static boolean closesRelativeClause(ArticleTokens a, Resolved r, Resolved next) {
        int cue = next.cueFirst(a);
        return inRelativeClause(a, r.candidate().cue()) && cue > r.right(a) + 1 && a.get(cue - 1).is(",")
                && next.speaker().start() == r.speaker().start();
    }

    /** "X said A, arguing that B": the participle's report ends the content before it. */
    private static boolean trailingParticiple(ArticleTokens a, Resolved r, Resolved next) {
        int cue = next.candidate().cue();
        return cue > r.right(a) + 1 && a.get(cue - 1).is(",") && a.get(cue).lower().endsWith("ing");
    }

    /**
     * Whether {@code next} opens a clause joined to {@code r}'s by a conjunction, with another speaker, or is a
     * verb coordinated with {@code r}'s ("said ... and warned ...").
     */
    private static boolean coordinated(ArticleTokens a, Resolved r, Resolved next) {
        int left = clauseStart(a, r, next);
        if (left <= r.right(a)) {
            return false;
        }
        int cue = next.candidate().cue();
        if (cue > r.right(a) + 1 && ClauseRules.coordinatedVerb(a, r.right(a) + 1, cue)) {
            return true;
        }
        if (next.speaker().name().equals(r.speaker().name())) {
            return false;
        }
        Token before = a.get(left - 1);
        return before.is("and") || before.is("but") || before.is(";") || before.is("while");
    }

    private static boolean sameSpeakerLater(ArticleTokens a, List<Resolved> kept, int k, int[] span) {
        boolean relative = WordClasses.RELATIVE_PRONOUNS.contains(a.get(span[0]).lower());
        for (int j = k + 1; j < kept.size(); j++) {
            Resolved later = kept.get(j);
            int cue = later.candidate().cue();
            boolean same = later.speaker().start() == kept.get(k).speaker().start();
            boolean opens = cue >= span[0] && cue <= span[1] && cue - span[0] <= MAX_LEAD;
            if (same && (opens || (relative && cue >= span[0] && cue <= span[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code cue} is the verb of a relative clause ("Mr. Obama, who understood that …, told his
     * advisers …"): "who", "which" or "whose" right before it, auxiliaries aside.
     */
    private static boolean inRelativeClause(ArticleTokens a, int cue) {
        int k = cue - 1;
        while (k >= 0 && WordClasses.isAuxiliary(a.get(k))) {
            k--;
        }
        return k >= 0 && WordClasses.RELATIVE_PRONOUNS.contains(a.get(k).lower());
    }

    private List<Resolved> resolve(ArticleTokens a, int lo, int hi) {
        List<Resolved> out = new ArrayList<>();
        for (Candidate c : finder.candidates(a, lo, hi)) {
            finder.speaker(a, c).ifPresent(sp -> out.add(new Resolved(c, sp)));
        }
        return out;
    }

    /** The attribution of {@code r}'s construction with the content of tokens {@code span}. */
    static Attribution attribution(ArticleTokens a, Resolved r, int[] span) {
        int cueFirst = r.cueFirst(a);
        int cueLast = r.cueLast(a);
        return new Attribution(r.speaker(), a.slice(cueFirst, cueLast), a.get(cueFirst).start(),
                a.get(cueLast).end(), a.get(span[0]).start(), a.get(span[1]).end(), ContentSpans.kind(a, span));
    }
}
