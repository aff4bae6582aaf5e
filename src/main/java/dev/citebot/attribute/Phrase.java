package dev.citebot.attribute;

/**
 * A noun phrase read as a possible speaker; all indices are token indices, inclusive, -1 when absent.
 *
 * @param kind      what the phrase names
 * @param first     first token of the mention (a determiner or title included)
 * @param last      last token of the mention
 * @param nameFirst first token of the proper name ({@link Kind#NAME} only)
 * @param nameLast  last token of the proper name
 * @param roleFirst first token of the title before the name ("Kremlin spokesman")
 * @param roleLast  last token of that title
 */
record Phrase(Kind kind, int first, int last, int nameFirst, int nameLast, int roleFirst, int roleLast) {

    enum Kind {
        /** A proper name, perhaps with a title: "Kremlin spokesman Dmitry Peskov", "the Financial Times". */
        NAME,
        /** A common noun phrase for a person or a body: "a source", "officials", "the newspaper". */
        PERSON,
        /** A piece of speech or writing with a determiner: "the article", "a statement". */
        DOCUMENT,
        /** "he", "she", "they" (or "him", "her", "them"), to be resolved from earlier text. */
        PRONOUN,
        /** Anything else; speaks only where the construction itself marks a speaker. */
        OTHER
    }

    static Phrase common(Kind kind, int first, int last) {
        return new Phrase(kind, first, last, -1, -1, -1, -1);
    }

    boolean hasRole() {
        return roleFirst >= 0;
    }

    Phrase extendedTo(int newLast) {
        return new Phrase(kind, first, newLast, nameFirst, nameLast, roleFirst, roleLast);
    }
}
