package dev.citebot.attribute;

/**
 * A reporting construction in a sentence together with the phrase that names its speaker.
 *
 * @param cue        token index of the reporting verb, "according", or the attribution noun
 * @param phrase     the speaker phrase
 * @param appositive a description set off after the name (", a Pinellas sheriff's detective"), or null
 * @param attached   whether the construction directly introduces or follows a quotation
 * @param subject    whether the phrase is the subject of a reporting verb that has a complement ("63 percent said
 *                   that ...", "polling averages show ..."), where any noun phrase is the source
 * @param frame      what the cue reports: anything for a verb of saying, else a clause, an infinitive or an object
 * @param shared     whether the verb shares the subject of a construction before it ("said A and warned B", "said A,
 *                   arguing B"), so that its content can only follow it
 */
record Candidate(int cue, Phrase phrase, Phrase appositive, boolean attached, boolean subject, Frame frame,
                 boolean shared) {

    /** A construction of saying, not (yet) known to be attached to a quotation. */
    static Candidate of(int cue, Phrase phrase, Phrase appositive) {
        return new Candidate(cue, phrase, appositive, false, false, Frame.SPEECH, false);
    }

    /** The same construction, its phrase the subject of a verb with a complement. */
    Candidate asSubject() {
        return new Candidate(cue, phrase, appositive, attached, true, frame, shared);
    }

    /** The same construction, marked as introducing or following a quotation (or not). */
    Candidate attached(boolean isAttached) {
        return new Candidate(cue, phrase, appositive, isAttached, subject, frame, shared);
    }

    /** A verb at {@code newCue} coordinated with this construction's, sharing its subject. */
    Candidate sharedBy(int newCue, Frame newFrame) {
        return new Candidate(newCue, phrase, null, false, subject, newFrame, true);
    }

    /** The same construction, reporting what {@code newFrame} says its cue reports. */
    Candidate framed(Frame newFrame) {
        return new Candidate(cue, phrase, appositive, attached, subject, newFrame, shared);
    }

    /** Whether the phrase can be a speaker here: any phrase next to a quotation ("the clown said") or subject of a
     * verb with a complement, else a person, a body, a name, a document or a pronoun. */
    boolean speaks() {
        return attached || subject || phrase.kind() != Phrase.Kind.OTHER;
    }

    /** Whether the phrase names its speaker by itself, whatever the construction. */
    boolean named() {
        return phrase.kind() != Phrase.Kind.OTHER;
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
