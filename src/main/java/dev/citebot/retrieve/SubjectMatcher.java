package dev.citebot.retrieve;

import dev.citebot.attribute.Speaker;

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
        if (speaker.isEmpty()) {
            return 0;
        }
        String s = normalise(subject);
        Speaker sp = speaker.get();
        String name = normalise(sp.name());
        String mention = normalise(sp.mention());
        String role = sp.role() == null ? "" : normalise(sp.role());
        if (s.isEmpty()) {
            return 0;
        }
        if (s.equals(name) || s.equals(mention) || (!role.isEmpty() && (s.equals(role) || role.endsWith(" " + s)))) {
            return 1;
        }
        return lastWord(s).equals(lastWord(name)) || lastWord(s).equals(lastWord(mention)) ? 0.9 : 0;
    }

    /** True when the text mentions the subject's last word (its surname, usually). */
    static boolean mentioned(String subject, String text) {
        String last = lastWord(normalise(subject));
        return !last.isEmpty() && Tokenizer.words(text).contains(last);
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
