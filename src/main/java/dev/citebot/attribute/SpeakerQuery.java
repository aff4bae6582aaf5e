package dev.citebot.attribute;

import dev.citebot.text.Folding;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a speaker fits a name someone asks about: 1 for the full name, the mention as written, the role
 * ("the Kremlin spokesman", "the UK prime minister") or an organisation's initials ("the FT"); 0.9 for the same
 * last word (a surname: "Peskov"); 0 otherwise. {@link #byTitledName} is a weaker fit, for when none of these
 * finds anyone.
 */
public final class SpeakerQuery {

    /** "Mr. Ban", "Dr Jones": an honorific and one name, hyphens and apostrophes inside it allowed. */
    private static final Pattern TITLED = Pattern.compile(
            "(?i)(?:mr|mrs|ms|miss|dr|prof)\\.?\\s+(\\p{L}[\\p{L}\\p{Nd}'’-]*)\\s*");
    /** Generational suffixes that may follow a surname ("Martin Luther King Jr."). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private SpeakerQuery() {
    }

    public static double match(String asked, Speaker speaker) {
        String s = normalise(asked);
        if (s.isEmpty()) {
            return 0;
        }
        String name = normalise(speaker.name());
        String mention = normalise(speaker.mention());
        String role = speaker.role() == null ? "" : normalise(speaker.role());
        boolean roleFits = !role.isEmpty() && (s.equals(role) || role.endsWith(" " + s));
        if (s.equals(name) || s.equals(mention) || roleFits || isInitials(s, name)) {
            return 1;
        }
        return lastWord(s).equals(lastWord(name)) || lastWord(s).equals(lastWord(mention)) ? 0.9 : 0;
    }

    /**
     * Whether {@code asked} names the speaker by the initials of its name alone ("the IMF" for "the International
     * Monetary Fund"): the one kind of match in which the asked name appears nowhere in the speaker's name.
     */
    public static boolean byInitials(String asked, Speaker speaker) {
        return isInitials(normalise(asked), normalise(speaker.name()));
    }

    /**
     * Whether {@code asked} is an honorific and one name ("Mr. Ban", "Dr. Jones") that is the first or the last
     * word of the speaker's name (a generational suffix aside): "Mr. Ban" for "Ban Ki-moon", whose family name comes
     * first, "Mr. King" for "Martin Luther King Jr.". A name's hyphenated word counts as one ("Mr. Moon" is not
     * "Ban Ki-moon"). Meant as a fallback: a first name is a weak sign of who is meant.
     */
    static boolean byTitledName(String asked, Speaker speaker) {
        Matcher m = TITLED.matcher(asked.strip());
        if (!m.matches()) {
            return false;
        }
        String word = Folding.lowerCase(m.group(1));
        List<String> words = nameWords(speaker.name());
        return !words.isEmpty() && (words.get(0).equals(word) || words.get(words.size() - 1).equals(word));
    }

    /** The words of a name, lower case, split at spaces only, without a leading article or a trailing suffix. */
    private static List<String> nameWords(String name) {
        String n = Folding.lowerCase(name).replaceAll("[^\\p{L}\\p{Nd}'\\- ]+", " ").strip();
        List<String> words = List.of(n.replaceAll("^(the|a|an)\\s+", "").split("\\s+"));
        boolean suffix = words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1));
        return suffix ? words.subList(0, words.size() - 1) : words;
    }

    /** Lower case, without possessive, punctuation or a leading article. */
    public static String normalise(String name) {
        String n = Folding.lowerCase(name).replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{Nd}' ]+", " ").strip();
        n = n.replaceAll("^(the|a|an)\\s+", "");
        return n.replaceAll("\\s+", " ");
    }

    private static boolean isInitials(String asked, String name) {
        if (asked.length() < 2 || asked.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() > 1 && initials.toString().equals(asked);
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
