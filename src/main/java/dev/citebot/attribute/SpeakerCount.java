package dev.citebot.attribute;

/**
 * A speaker of the index with how many attributions it has.
 *
 * @param name         canonical name
 * @param role         the role given with the speaker's first attribution, or null
 * @param attributions how many attributions name this speaker
 */
public record SpeakerCount(String name, String role, int attributions) {
}
