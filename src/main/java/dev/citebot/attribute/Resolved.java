package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;

/** A reporting construction whose speaker has been resolved and named. */
record Resolved(Candidate candidate, Speaker speaker) {

    /**
     * The constructions that each make an attribution: all but a document
     * ("The article claims that ...") before a person or named speaker, whom it only relays.
     */
    static List<Resolved> keep(List<Resolved> all) {
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Resolved r = all.get(i);
            if (!(r.isDocument() && personLater(all, i))) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean personLater(List<Resolved> all, int i) {
        for (int j = i + 1; j < all.size(); j++) {
            Phrase.Kind k = all.get(j).candidate.phrase().kind();
            if (k == Phrase.Kind.NAME || k == Phrase.Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    private boolean isDocument() {
        return candidate.phrase().kind() == Phrase.Kind.DOCUMENT;
    }

    /** First token of the construction: its speaker, or the auxiliaries opening its cue. */
    int left(ArticleTokens a) {
        return Math.min(candidate.left(), cueFirst(a));
    }

    /** Last token of the construction, appositive included. */
    int right(ArticleTokens a) {
        return Math.max(candidate.right(), cueLast(a));
    }

    /** First token of the cue: the cue word with the auxiliaries right before it ("has learned"). */
    int cueFirst(ArticleTokens a) {
        Phrase p = candidate.phrase();
        int floor = p.last() < candidate.cue() ? p.last() + 1 : 0;
        int k = candidate.cue();
        while (k - 1 >= floor && a.get(k - 1).isWord() && WordClasses.AUXILIARIES.contains(a.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** Last token of the cue: "according to" takes its "to", "called for" and "called on" their particle. */
    int cueLast(ArticleTokens a) {
        int cue = candidate.cue();
        if (cue + 1 >= a.size() || candidate.phrase().first() == cue + 1) {
            return cue;
        }
        Token next = a.get(cue + 1);
        boolean according = a.get(cue).is("according") && next.is("to");
        boolean call = a.get(cue).lower().startsWith("call") && (next.is("for") || next.is("on"));
        return according || call ? cue + 1 : cue;
    }
}
