package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says whom an anonymous source spoke to: "a source has advised the newspaper that ..." gets the role "speaking to
 * The Sunday Times" when the newspaper is the organisation last attributed before it, and "an aide told Reuters"
 * the role "speaking to Reuters".
 */
final class Addressees {

    private static final Set<String> ADDRESSEE_CUES = Set.of("told", "tells", "tell", "advised", "advises",
            "informed", "informs", "confirmed to", "said to");
    private static final Pattern OUTLET = Pattern.compile(
            "\\s+the (?:newspaper|paper|magazine|outlet|broadcaster|network|station|agency)\\b");
    private static final Pattern NAME = Pattern.compile("\\s+((?:The )?\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*)*)");

    private Addressees() {
    }

    static List<Attribution> named(String text, List<Attribution> all) {
        List<Attribution> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            String spokeTo = anonymous(a) ? addressee(text, a, out) : null;
            out.add(spokeTo == null ? a : a.withRole("speaking to " + spokeTo));
        }
        return out;
    }

    private static boolean anonymous(Attribution a) {
        String m = a.speaker().mention().toLowerCase(Locale.ROOT);
        boolean indefinite = m.startsWith("a ") || m.startsWith("an ") || m.startsWith("one ");
        String cue = a.cue() == null ? "" : a.cue().toLowerCase(Locale.ROOT);
        String verb = cue.substring(cue.lastIndexOf(' ') + 1);
        return indefinite && a.speaker().role() == null && ADDRESSEE_CUES.contains(verb);
    }

    private static String addressee(String text, Attribution a, List<Attribution> before) {
        String after = text.substring(a.cueEnd(), Math.min(text.length(), a.cueEnd() + 80));
        if (OUTLET.matcher(after).lookingAt()) {
            for (int i = before.size() - 1; i >= 0; i--) {
                String name = before.get(i).speaker().name();
                if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
                    return name;
                }
            }
            return null;
        }
        Matcher m = NAME.matcher(after);
        return m.lookingAt() ? m.group(1) : null;
    }
}
