package dev.citebot.attribute;

/**
 * A name someone asks about ("Peskov", "the Kremlin spokesman", "Mr. Ban"), prepared once by
 * {@link SpeakerQuery#asked} for comparing with every speaker's {@link SpeakerKey}.
 *
 * @param normalised    the name {@linkplain SpeakerQuery#normalise normalised}
 * @param lastWord      its last word
 * @param spaced        the normalised name after a space, the end of a role it fits ("kremlin spokesman")
 * @param mayBeInitials whether it is one word of two letters or more, which initials may be
 * @param bodyLastWord  the last word of the body it asks about, whose spokespeople speak for it: its own last word,
 *                      or the one before a casual "guy" or "people" ("the Kremlin guy")
 * @param possessed     what a possessive asks about ("lawyer" of "Quill's lawyer"), or empty: a speaker whose role
 *                      is just that, with no other name in it ("His lawyer, Graham Osei"), may be the one meant
 * @param headed        the body whose head is asked for ("halvex" of "the boss of Halvex"), or empty
 * @param owner         the last word of a possessive's owner ("authority" of "the safety authority's spokeswoman"),
 *                      or empty
 */
record AskedName(String normalised, String lastWord, String spaced, boolean mayBeInitials, String bodyLastWord,
                 String possessed, String headed, String owner) {
}
