package dev.citebot.attribute;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal string and of each speaker's {@link SpeakerKey}, for the attributions of one read:
 * every row read brings its own copies of its speaker's names and cue, and the same names recur across articles.
 * Not thread-safe; one per read.
 */
final class SharedNames {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<Speaker, SpeakerKey> keys = new HashMap<>();

    /** The first equal string seen, or {@code s}; null for null. */
    String string(String s) {
        return s == null ? null : strings.computeIfAbsent(s, x -> x);
    }

    /** The key of the speaker's names and role (its offsets aside), computed once, its strings shared. */
    SpeakerKey key(Speaker speaker) {
        Speaker names = new Speaker(speaker.name(), speaker.mention(), speaker.role(), 0, 1);
        return keys.computeIfAbsent(names, s -> share(SpeakerQuery.key(s)));
    }

    private SpeakerKey share(SpeakerKey k) {
        return new SpeakerKey(string(k.name()), string(k.mention()), string(k.role()), string(k.initials()),
                string(k.nameLast()), string(k.mentionLast()), string(k.firstWord()), string(k.lastWord()),
                k.described());
    }
}
