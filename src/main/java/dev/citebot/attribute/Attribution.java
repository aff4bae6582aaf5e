package dev.citebot.attribute;

import java.util.Objects;

/**
 * One attribution in an article: who says what, through which cue. All offsets index into the article text;
 * {@code end} offsets are exclusive.
 *
 * @param speaker      the speaker, named in full, with the mention span as written (for a pronoun, the pronoun)
 * @param cue          the cue as written ("said", "has accused", "according to"), or null when the
 *                     construction has none of its own
 * @param cueStart     offset of the cue, -1 without one
 * @param cueEnd       offset one past the cue, -1 without one
 * @param contentStart offset of what is attributed
 * @param contentEnd   offset one past it
 * @param kind         direct, indirect or mixed
 */
public record Attribution(Speaker speaker, String cue, int cueStart, int cueEnd, int contentStart, int contentEnd,
                          Kind kind) {

    /** How the content is reported. */
    public enum Kind {
        /** Entirely within quotation marks. */
        DIRECT,
        /** Reported speech without quotation marks. */
        INDIRECT,
        /** Reported speech holding a quoted fragment. */
        MIXED;

        /** The lower-case name used in JSON and in the database. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(kind, "kind");
        if (contentStart < 0 || contentEnd <= contentStart) {
            throw new IllegalArgumentException("bad content span [" + contentStart + "," + contentEnd + ")");
        }
        if ((cue == null) != (cueStart < 0) || (cue != null && cueEnd <= cueStart)) {
            throw new IllegalArgumentException("bad cue span [" + cueStart + "," + cueEnd + ")");
        }
    }

    /** The attributed text, {@code articleText.substring(contentStart, contentEnd)}. */
    public String content(String articleText) {
        return articleText.substring(contentStart, contentEnd);
    }

    /** This attribution with its speaker's role set to {@code role}. */
    Attribution withRole(String role) {
        Speaker s = speaker;
        return new Attribution(new Speaker(s.name(), s.mention(), role, s.start(), s.end()), cue, cueStart, cueEnd,
                contentStart, contentEnd, kind);
    }
}
