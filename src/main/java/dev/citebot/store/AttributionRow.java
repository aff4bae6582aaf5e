package dev.citebot.store;

import java.util.Objects;

/**
 * One attribution of an article as {@link AttributionStore} keeps it: who says what through which cue, as offsets
 * into the article text ({@code end} offsets exclusive).
 *
 * @param paragraph      1-based number of the paragraph where the content starts
 * @param speaker        the speaker's canonical name
 * @param speakerMention the mention as written
 * @param speakerStart   offset of the mention
 * @param speakerEnd     offset one past it
 * @param role           the speaker's role, or null
 * @param cue            the cue as written, or null
 * @param cueStart       offset of the cue, -1 without one
 * @param cueEnd         offset one past it, -1 without one
 * @param contentStart   offset of what is attributed
 * @param contentEnd     offset one past it
 * @param kind           how the content is reported: {@code direct}, {@code indirect} or {@code mixed}
 */
public record AttributionRow(int paragraph, String speaker, String speakerMention, int speakerStart, int speakerEnd,
                             String role, String cue, int cueStart, int cueEnd, int contentStart, int contentEnd,
                             String kind) {
    public AttributionRow {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerMention, "speakerMention");
        Objects.requireNonNull(kind, "kind");
    }
}
