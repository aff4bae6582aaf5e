package dev.citebot.attribute;

/** What a cue verb reports, and so what must follow it for it to be a cue at all. */
enum Frame {
    /** A verb of saying: anything it governs, before or after it, quoted or not ("said", "warned"). */
    SPEECH,
    /** A verb of knowing or believing: the clause after it, or before it when it trails ("knows that ..."). */
    CLAUSE,
    /** A verb of wanting or planning: the "to" infinitive after it ("plans to ..."). */
    INFINITIVE,
    /** A verb of supporting or opposing: the noun phrase after it ("endorsed Clinton"). */
    OBJECT
}
