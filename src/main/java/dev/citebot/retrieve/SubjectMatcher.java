package dev.citebot.retrieve;

import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerQuery;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a speaker fits the person or body a question names: 1 for the same name or the same role, 0.9 for
 * the same surname, 0 otherwise. "The Times" and "The Sunday Times" share a last word, so a full-name match
 * always outranks a surname match.
 */
final class SubjectMatcher {
    private SubjectMatcher() {
    }

    static double match(String subject, Optional<Speaker> speaker) {
        return speaker.map(sp -> SpeakerQuery.match(subject, sp)).orElse(0.0);
    }

    /** True when the text mentions the subject's last word (its surname, usually). */
    static boolean mentioned(String subject, String text) {
        String last = lastWord(normalise(subject));
        return !last.isEmpty() && SearchTerms.words(text).contains(last);
    }

    static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{Nd}' ]+", " ").strip();
        n = n.replaceAll("^(the|a|an)\\s+", "");
        return n.replaceAll("\\s+", " ");
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
