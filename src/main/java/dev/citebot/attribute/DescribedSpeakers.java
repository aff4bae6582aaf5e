package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a speaker that an article gives only as a definite description of an office or a body — "the mayor said",
 * "The company said in a statement", "the hospital said" — after the speaker it stands for: the nearest earlier
 * named speaker whose role holds the description's head word ("Mayor Colin Ashby", "the Tessan River Alliance, a
 * local environmental group") or whose name does ("Harwick Valley Regional Hospital"). A description of a business
 * ("the company", "the airline") also stands for the nearest earlier business: a name ending in a company's
 * designation ("Harlow Appliance Co.", in the text before it) or a named speaker that speaks of itself as "it"
 * ("Cascade Ridge Power said it had reported …"). The description is left as written when an indefinite one of
 * the same head comes between ("a second mayor … the mayor"), since it then stands for someone unnamed, and
 * for heads that say nothing of whom they stand for ("the person", "the official", "the source"). Antecedents are
 * looked for within the {@value #LOOK_BACK} characters before the description.
 */
final class DescribedSpeakers {

    private static final Pattern DESCRIPTION = Pattern.compile("(?i:the)\\s+(?:[a-z][\\p{L}'’-]*\\s+){0,3}"
            + "([a-z][a-z-]*)");
    private static final Set<String> BUSINESSES = Set.of("company", "firm", "business", "operator", "utility",
            "airline", "carrier", "manufacturer", "maker", "developer", "retailer", "insurer", "lender", "bank",
            "contractor", "railway", "railroad", "automaker", "chain");
    private static final Set<String> BODIES = Set.of("group", "association", "alliance", "coalition",
            "organization", "organisation", "nonprofit", "charity", "society", "federation", "league", "union",
            "club", "guild", "network", "foundation", "institute", "agency", "department", "authority", "ministry",
            "commission", "board", "council", "district", "service", "administration", "regulator", "hospital",
            "school", "university", "college", "committee", "panel", "trust", "bureau", "party", "court");
    private static final Set<String> OFFICES = Set.of("mayor", "governor", "president", "superintendent",
            "judge", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director",
            "minister", "senator", "councillor", "councilor", "councilman", "councilwoman", "commissioner",
            "sheriff", "prosecutor", "coach", "principal", "executive", "secretary", "ambassador", "chancellor",
            "premier", "captain", "commander", "administrator", "treasurer");
    private static final Pattern DESIGNATED = Pattern.compile("((?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,4}"
            + "(?:Co\\.|Inc\\.|Corp\\.|Ltd\\.?|LLC|Company|Corporation|Group|Holdings|plc))(?![\\p{L}])");
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.of("governor", "Gov.",
            "senator", "Sen.", "superintendent", "Supt.", "commissioner", "Commr.");
    private static final Set<String> OFFICE_MODIFIERS = Set.of("vice", "former", "deputy", "assistant",
            "lieutenant", "acting", "associate", "ex", "interim");
    private static final String PARTICLE = "(?:(?:" + String.join("|", WordClasses.NAME_PARTICLES) + ")\\s+)?";
    private static final Pattern ROLE_TAIL = Pattern.compile(" (?:for|of|at|with|in|on) ");
    private static final Pattern ABBREVIATED = Pattern.compile("\\b(?:gov|sen|rep|supt|sec)\\.");

    /**
     * How far back, in characters, a description's antecedent is looked for: a few pages, so that an article of
     * megabytes is read once per description at most this far, not from its start.
     */
    private static final int LOOK_BACK = 20_000;
    /** How many earlier speakers a title's name is compared with for its full form. */
    private static final int LOOK_BACK_SPEAKERS = 200;

    private DescribedSpeakers() {
    }

    static List<Attribution> named(String text, List<Attribution> all) {
        List<Attribution> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            out.add(named(text, a, out));
        }
        return out;
    }

    private static Attribution named(String text, Attribution a, List<Attribution> before) {
        Speaker s = a.speaker();
        Matcher m = DESCRIPTION.matcher(s.name());
        if (!s.name().equals(s.mention()) || !m.matches()) {
            return a;
        }
        String head = m.group(1);
        Set<String> modifiers = modifiers(s.name());
        boolean business = BUSINESSES.contains(head);
        if (!business && !BODIES.contains(head) && !OFFICES.contains(head)) {
            return a;
        }
        Named spoke = nearestSpeaker(text, head, modifiers, business, before, s.start());
        Named found = nearer(spoke, OFFICES.contains(head) ? titled(text, head, modifiers, s.start(), before)
                : nearestInText(text, head, s.start()));
        if (business) {
            found = nearer(found, nearestInText(text, DESIGNATED, s.start()));
        }
        if (found == null || indefiniteBetween(text, head, found.end(), s.start())) {
            return a;
        }
        Speaker named = new Speaker(found.name(), s.mention(), s.role() != null ? s.role() : found.role(),
                s.start(), s.end());
        return new Attribution(named, a.cue(), a.cueStart(), a.cueEnd(), a.contentStart(), a.contentEnd(),
                a.kind());
    }

    /** A named speaker or business and where its mention ends. */
    private record Named(String name, String role, int end) {
    }

    private static Named nearestSpeaker(String text, String head, Set<String> modifiers, boolean business,
                                        List<Attribution> before, int at) {
        for (int i = before.size() - 1; i >= 0 && before.get(i).speaker().end() >= at - LOOK_BACK; i--) {
            Attribution b = before.get(i);
            Speaker s = b.speaker();
            boolean itself = business && speaksOfItself(text, b) && !namesBody(s);
            if (isProperName(s.name()) && (fits(head, modifiers, s) || itself)) {
                return new Named(s.name(), s.role(), s.end());
            }
        }
        return null;
    }

    private static boolean isProperName(String name) {
        int space = name.lastIndexOf(' ');
        return !DESCRIPTION.matcher(name).matches() && Character.isUpperCase(name.charAt(space + 1));
    }

    /**
     * Whether the speaker is one of the head's kind: the head word of its role ("Mayor", "local environmental group",
     * "spokeswoman for the union" — not "union's local president"), a word of its name ("Harwick Valley Regional
     * Hospital") other than the whole name, or the head of an earlier description already named.
     */
    private static boolean fits(String head, Set<String> modifiers, Speaker s) {
        String role = s.role() == null ? "" : expanded(s.role().toLowerCase(Locale.ROOT));
        if (!modifiers(role).equals(modifiers)) {
            return false;
        }
        String name = s.name().toLowerCase(Locale.ROOT);
        Matcher mention = DESCRIPTION.matcher(s.mention());
        return roleHead(role).equals(head) || !name.equals(head) && holdsWord(name, head)
                || mention.matches() && mention.group(1).equals(head);
    }

    /**
     * The words of a description or a role that make another office of the same head ("vice president", "former
     * mayor"): "the president" is neither.
     */
    private static Set<String> modifiers(String words) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (OFFICE_MODIFIERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The head word of a role: its last word before "for", "of", "at" or "with" ("spokeswoman for the union"). */
    private static String roleHead(String role) {
        Matcher cut = ROLE_TAIL.matcher(role);
        String kept = cut.find() ? role.substring(0, cut.start()) : role;
        String last = kept.substring(kept.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") ? last.substring(0, last.length() - 1) : last;
    }

    private static String expanded(String role) {
        Matcher m = ABBREVIATED.matcher(role);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, switch (m.group()) {
                case "gov." -> "governor";
                case "sen." -> "senator";
                case "rep." -> "representative";
                case "supt." -> "superintendent";
                default -> "secretary";
            });
        }
        return m.appendTail(out).toString();
    }

    private static boolean holdsWord(String words, String head) {
        int at = words.indexOf(head);
        while (at >= 0) {
            int end = at + head.length();
            boolean starts = at == 0 || !Character.isLetter(words.charAt(at - 1));
            boolean ends = end == words.length() || !Character.isLetter(words.charAt(end))
                    || words.charAt(end) == 's'
                    && (end + 1 == words.length() || !Character.isLetter(words.charAt(end + 1)));
            if (starts && ends) {
                return true;
            }
            at = words.indexOf(head, at + 1);
        }
        return false;
    }

    /** Whether a name holds a word for a body that is not a business ("Maritime Safety Authority"). */
    private static boolean namesBody(Speaker s) {
        for (String w : s.name().toLowerCase(Locale.ROOT).split("[\\s'’]+")) {
            if (BODIES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether what the speaker says opens with "it" or "its": a body speaking of itself. */
    private static boolean speaksOfItself(String text, Attribution b) {
        String content = text.substring(b.contentStart(), Math.min(b.contentEnd(), b.contentStart() + 8))
                .toLowerCase(Locale.ROOT);
        return content.startsWith("it ") || content.startsWith("its ") || content.startsWith("that it ");
    }

    /**
     * The nearest name written after the head as a title before {@code before} ("Mayor Irene Kowal"), named as an
     * earlier speaker of the same surname is.
     */
    private static Named titled(String text, String head, Set<String> modifiers, int before,
                                List<Attribution> speakers) {
        String title = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        String abbreviation = TITLE_ABBREVIATIONS.getOrDefault(head, title);
        Matcher m = Pattern.compile("(?:\\b(\\p{L}+)[\\s-]+)?\\b(?:" + title + "|" + Pattern.quote(abbreviation)
                + ")\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+" + PARTICLE + "){0,2}\\p{Lu}[\\p{L}'’-]+)").matcher(text)
                .region(Math.max(0, before - LOOK_BACK), before);
        Named last = null;
        while (m.find()) {
            String modifier = m.group(1) == null ? "" : m.group(1);
            if (modifiers(modifier).equals(modifiers)) {
                last = new Named(m.group(2), title, m.end(2));
            }
        }
        return last == null ? null : new Named(fullName(last.name(), speakers), title, last.end());
    }

    /** An earlier speaker's name that ends in a word of {@code name} ("Barack Obama" for "Obama"), else the name. */
    private static String fullName(String name, List<Attribution> speakers) {
        String[] words = name.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            for (int k = speakers.size() - 1; k >= 0 && k >= speakers.size() - LOOK_BACK_SPEAKERS; k--) {
                String known = speakers.get(k).speaker().name();
                if (known.equals(words[i]) || known.endsWith(" " + words[i])) {
                    return known;
                }
            }
        }
        return name;
    }

    private static Named nearer(Named one, Named other) {
        return one == null || other != null && other.end() > one.end() ? other : one;
    }

    /** The nearest name before {@code before} that ends in the head word ("Harwick Valley Regional Hospital"). */
    private static Named nearestInText(String text, String head, int before) {
        String capital = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        return nearestInText(text, Pattern.compile("((?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,4}" + capital + ")(?![\\p{L}])"),
                before);
    }

    private static Named nearestInText(String text, Pattern name, int before) {
        Matcher m = name.matcher(text);
        m.region(Math.max(0, before - LOOK_BACK), before);
        Named last = null;
        while (m.find()) {
            String found = m.group(1);
            last = new Named(found.startsWith("The ") ? found.substring(4) : found, null, m.end(1));
        }
        return last;
    }

    /** Whether an indefinite description of the same head ("a company official", "a hospital") comes between. */
    private static boolean indefiniteBetween(String text, String head, int from, int to) {
        if (from >= to) {
            return false;
        }
        Pattern indefinite = Pattern.compile("\\b(?i:an?|another|one)\\s+(?:[a-z][\\p{L}'’-]*\\s+){0,3}"
                + Pattern.quote(head) + "\\b(?!\\s+(?:officials?|spokes\\p{L}*|executives?|employees?|workers?|staff|"
                + "lawyers?|representatives?|sources?|insiders?|managers?|directors?)\\b)");
        return indefinite.matcher(text).region(from, to).find();
    }
}
