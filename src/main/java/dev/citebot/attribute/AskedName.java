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
 */
record AskedName(String normalised, String lastWord, String spaced, boolean mayBeInitials, String bodyLastWord) {
}
