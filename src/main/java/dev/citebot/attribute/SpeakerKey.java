package dev.citebot.attribute;

/**
 * A speaker's names as {@link SpeakerQuery#match} compares them, {@linkplain SpeakerQuery#normalise normalised}
 * once: "What did X say?" over every article compares the name asked about with every attribution's speaker, and
 * normalising each speaker's three names anew for each question took seconds at 100,000 passages.
 *
 * @param name        the canonical name, normalised
 * @param mention     the mention as written, normalised
 * @param role        the role, normalised; empty when there is none
 * @param initials    the first letters of the name's words; empty for a name of one word
 * @param nameLast    the last word of {@code name}
 * @param mentionLast the last word of {@code mention}
 * @param firstWord   the first word of the name as an honorific may name it (hyphenated words whole, no leading
 *                    article); empty when the name has none
 * @param lastWord    the last such word, a generational suffix aside
 * @param described   whether the name is a description ("the band leader", "a source") rather than a proper name:
 *                    its last word is written in lower case
 */
record SpeakerKey(String name, String mention, String role, String initials, String nameLast, String mentionLast,
                  String firstWord, String lastWord, boolean described) {
}
