package dev.citebot.attribute;

/**
 * A reporting construction in a sentence together with the phrase that names its speaker.
 *
 * @param cue        token index of the reporting verb, "according", or the attribution noun
 * @param phrase     the speaker phrase
 * @param appositive a description set off after the name (", a Pinellas sheriff's detective"), or null
 * @param attached   whether the construction directly introduces or follows a quotation
 */
record Candidate(int cue, Phrase phrase, Phrase appositive, boolean attached) {

    /** A construction not (yet) known to be attached to a quotation. */
    static Candidate of(int cue, Phrase phrase, Phrase appositive) {
        return new Candidate(cue, phrase, appositive, false);
    }

    /** Whether the phrase can be a speaker here: any phrase next to a quotation ("the clown said"), else a
     * person, a body, a name, a document or a pronoun. */
    boolean speaks() {
        return attached || phrase.kind() != Phrase.Kind.OTHER;
    }

    /** The first token of the construction, its speaker included. */
    int left() {
        return Math.min(cue, phrase.first());
    }

    /** The last token of the construction, its speaker and appositive included. */
    int right() {
        int right = Math.max(cue, phrase.last());
        return appositive == null ? right : Math.max(right, appositive.last());
    }
}
