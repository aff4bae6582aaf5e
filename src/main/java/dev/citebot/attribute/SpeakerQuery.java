package dev.citebot.attribute;

import dev.citebot.text.Folding;


/**
 * How well a speaker fits a name someone asks about: 1 for the full name, the mention as written, the role
 * ("the Kremlin spokesman", "the UK prime minister") or an organisation's initials ("the FT"); 0.9 for the same
 * last word (a surname: "Peskov"); 0 otherwise.
 */
public final class SpeakerQuery {

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
