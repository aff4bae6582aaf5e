package dev.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a question describes in words of its own ("What did the retired mailman say about his surgery?") when
 * the best passage introduces that person but is not their words: "Walter Pruitt, 67, a retired mail carrier from
 * Dunmore, was wheeled out … after a nurse told him …" is the nurse's, and names Pruitt, whose own words come later
 * ("…," Pruitt said). Of the speakers the passage names, the one named nearest to a word of the description.
 */
final class PortrayedSpeaker {
    /** A run of capitalised words: a name as a passage writes it ("Walter Pruitt", "Pruitt"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*");

    private PortrayedSpeaker() {
    }

    /**
     * The name, as the passage writes it, of the speaker nearest to a word of {@code subject}'s description in
     * {@code passage}; empty when the passage holds no such word, or names no one {@code speaks} accepts.
     *
     * @param speaks whether a name is a speaker with words of their own in the passage's article
     */
    static Optional<String> in(String subject, String passage, Predicate<String> speaks) {
        List<Integer> described = positions(Descriptions.modifiers(subject), passage);
        if (described.isEmpty()) {
            return Optional.empty();
        }
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        Matcher name = NAME.matcher(passage);
        while (name.find()) {
            int d = described.stream().mapToInt(p -> Math.abs(p - name.start())).min().orElseThrow();
            if (d < distance && speaks.test(name.group())) {
                nearest = name.group();
                distance = d;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Where the words stand in {@code text} as whole words, any letter case. */
    private static List<Integer> positions(List<String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        for (String w : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(w) + "(?![\\p{L}\\p{Nd}])")
                    .matcher(lower);
            while (m.find()) {
                out.add(m.start());
            }
        }
        return out;
    }
}
