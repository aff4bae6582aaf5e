package dev.citebot.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question's names in the articles' words where the reader used other ones: a name the articles in scope do
 * not hold becomes one they do hold, found three ways, in this order — its group in {@code /lexicon/name-variants.txt}
 * (a country's other names and its capital, or its adjectives, for a name or an adjective alike; an office and its
 * abbreviation: "Moscow" → "Russia", "British PM" → "UK prime minister", but never "British" → "Britain"; a
 * reader's everyday word: "nobody" → "no one"), the words its capitals are the initials of ("FT" → "Financial
 * Times", given by the caller from the articles' text), or its other English spelling ("defence" → "defense",
 * "organise" → "organize", "centre" → "center", "labour" → "labor"). A name the articles hold is never changed,
 * nor one no other name of which they hold, so a question about something they do not mention is still refused as
 * such.
 */
public final class NameVariants {
    private static final int LONGEST = 3;
    private static final int SHORTEST_SPELLING = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:[.'’-]\\p{L}[\\p{L}\\p{N}]*)*\\.?");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    /** What a country speaks through, after its adjective: "the Russian government" says what "Russia" says. */
    private static final Pattern GOVERNING = Pattern.compile(
            "\\s+(?:government|authorities|officials|leadership|administration)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_NUMBER = Pattern.compile("\\d[\\s.:]*$");
    private static final String[][] SPELLINGS = {
        {"ence", "ense"}, {"our", "or"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"},
        {"isation", "ization"}, {"yse", "yze"}, {"tre", "ter"}, {"tres", "ters"}, {"ogue", "og"},
        {"elled", "eled"}, {"elling", "eling"}, {"ours", "ors"}};

    /** Lower-case name → its group, for names not written in capitals. */
    private final Map<String, Group> byName = new HashMap<>();
    /** Name written in capitals, as written → its group. */
    private final Map<String, Group> byCapitals = new HashMap<>();

    /**
     * One place, body or office: its names, the one to prefer first, and the adjectives and people of a place
     * ("American", "Americans"; none for an office).
     */
    public record Group(List<String> names, List<String> adjectives) {
        public Group {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
        }

        /**
         * What may stand for {@code asked}: for a name, the other names; for an adjective, the other adjectives, then
         * the names written in capitals ("UK", "U.S."), which English uses as adjectives too.
         */
        List<String> standIns(String asked) {
            if (!adjectives.contains(asked)) {
                return names;
            }
            List<String> out = new ArrayList<>(adjectives);
            names.stream().filter(NameVariants::capitals).forEach(out::add);
            return out;
        }
    }

    public NameVariants(List<Group> groups) {
        for (Group group : groups) {
            for (String name : group.names()) {
                index(name, group);
            }
            for (String adjective : group.adjectives()) {
                index(adjective, group);
            }
        }
    }

    private void index(String name, Group group) {
        if (Mentions.acronym(name)) {
            byCapitals.put(name, group);
        } else {
            byName.put(name.toLowerCase(Locale.ROOT), group);
        }
    }

    /** Whether a name is written in capitals, dotted or not ("UK", "U.S."). */
    private static boolean capitals(String name) {
        return Mentions.acronym(name.replace(".", ""));
    }

    /** The groups shipped in the jar. */
    public static NameVariants bundled() {
        return new NameVariants(WordLists.lines(WordLists.NAME_VARIANTS).stream().map(NameVariants::group).toList());
    }

    /** A line of the list: names, then after a ";" adjectives, each separated by "|". */
    static Group group(String line) {
        int semicolon = line.indexOf(';');
        return new Group(split(semicolon < 0 ? line : line.substring(0, semicolon)),
                semicolon < 0 ? List.of() : split(line.substring(semicolon + 1)));
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split("\\|")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /**
     * {@code question} with each name the articles do not hold replaced by the first other name of it they hold;
     * the question itself when there is none.
     *
     * @param holds    whether the articles in scope hold a word (as {@link Mentions} judges it)
     * @param initials the words of the articles in scope whose initials are an acronym's letters ("Financial
     *                 Times" for "FT"), if any
     */
    public String rewrite(String question, Predicate<String> holds, Function<String, Optional<String>> initials) {
        List<int[]> words = words(question);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); ) {
            Replacement r = replacement(question, words, i, holds, initials);
            if (r == null) {
                i++;
                continue;
            }
            out.append(question, copied, r.start()).append(r.text());
            copied = r.end();
            i += r.words();
        }
        return copied == 0 ? question : out.append(question.substring(copied)).toString();
    }

    /**
     * The place whose people or government {@code asked} names ("the Russians", "the French", "the Russian
     * government", "French officials"), as the first of its names the articles hold: a people asked about as a
     * speaker speaks through its country's name ("What did the Russians say?" asks what "Russia" said), as news
     * writes a government's words ("Russia has opposed …"). Empty for anything else, a person's office included
     * ("the Russian minister"), with or without "the".
     */
    public Optional<String> placeOfPeople(String asked, Predicate<String> holds) {
        String people = GOVERNING.matcher(THE.matcher(asked.strip()).replaceFirst("")).replaceFirst("");
        Group group = byName.get(people.toLowerCase(Locale.ROOT));
        if (group == null || group.adjectives().stream().noneMatch(a -> a.equalsIgnoreCase(people))) {
            return Optional.empty();
        }
        return group.names().stream().filter(name -> holdsAll(name, holds)).findFirst();
    }

    private record Replacement(int start, int end, int words, String text) {
    }

    private Replacement replacement(String question, List<int[]> words, int i, Predicate<String> holds,
                                    Function<String, Optional<String>> initials) {
        for (int n = Math.min(LONGEST, words.size() - i); n >= 1; n--) {
            int start = words.get(i)[0];
            int end = nameEnd(question, words.get(i + n - 1));
            String name = question.substring(start, end).replaceAll("\\s+", " ");
            Group group = groupOf(name);
            if (group != null && !afterNumber(question, start)) {
                if (holdsAll(name, holds)) {
                    return null;
                }
                for (String other : group.standIns(written(group, name))) {
                    if (!other.equalsIgnoreCase(name) && holdsAll(other, holds)) {
                        return new Replacement(start, end, n, other);
                    }
                }
                return null;
            }
        }
        int start = words.get(i)[0];
        int end = nameEnd(question, words.get(i));
        String word = question.substring(start, end);
        boolean acronym = Mentions.acronym(word);
        List<String> spellings = acronym ? List.of() : spellings(word);
        if (!acronym && spellings.isEmpty() || holds.test(word)) {
            return null;
        }
        Optional<String> other = acronym ? initials.apply(word) : spellings.stream().filter(holds).findFirst();
        return other.map(o -> new Replacement(start, end, 1, o)).orElse(null);
    }

    /** Whether a number comes just before {@code start}: "5 pm" is a time, not a prime minister. */
    private static boolean afterNumber(String question, int start) {
        return AFTER_NUMBER.matcher(question.substring(0, start)).find();
    }

    private Group groupOf(String name) {
        return capitals(name) && name.equals(name.toUpperCase(Locale.ROOT))
                ? byCapitals.getOrDefault(name, byName.get(name.toLowerCase(Locale.ROOT)))
                : byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** The entry of {@code group} that {@code name} is, as the list writes it. */
    private static String written(Group group, String name) {
        return group.adjectives().stream().filter(a -> a.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    /** Where a name ends: before a possessive "'s" and a sentence's closing full stop (not the one of "U.S."). */
    private static int nameEnd(String question, int[] word) {
        String text = question.substring(word[0], word[1]);
        Matcher possessive = POSSESSIVE.matcher(text);
        if (possessive.find()) {
            return word[0] + possessive.start();
        }
        boolean dotted = text.indexOf('.') < text.length() - 1;
        return text.endsWith(".") && !dotted ? word[1] - 1 : word[1];
    }

    private static boolean holdsAll(String name, Predicate<String> holds) {
        for (String w : name.split(" ")) {
            if (!holds.test(w)) {
                return false;
            }
        }
        return true;
    }

    /** The word in its other English spelling, if the articles hold that one, in the word's letter case. */
    static Optional<String> spelling(String word, Predicate<String> holds) {
        return spellings(word).stream().filter(holds).findFirst();
    }

    /**
     * The word's other English spellings, in its letter case; none for most words, so that only a word that has one
     * is looked up in the articles at all (a question's words are asked about on every question).
     */
    private static List<String> spellings(String word) {
        if (word.length() < SHORTEST_SPELLING || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String[] pair : SPELLINGS) {
            for (int side = 0; side < 2; side++) {
                String from = pair[side];
                if (lower.endsWith(from) && lower.length() - from.length() >= 2) {
                    out.add(word.substring(0, word.length() - from.length()) + pair[1 - side]);
                }
            }
        }
        return out;
    }

    private static List<int[]> words(String question) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
