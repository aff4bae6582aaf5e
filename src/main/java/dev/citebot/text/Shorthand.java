package dev.citebot.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand written out ("how many ppl were hurt", "whats the dept doing rn"), so that a question typed as
 * people type in a messenger is searched and checked with the words the articles use. Only whole words of the table
 * written in lower case are replaced, so that an acronym stays ("BC", "HR"); the table holds no ordinary English word
 * and no single letter but "u" and "r", which questions use for "you" and "are" and articles do not write alone.
 * Words a name may stand for ("govt" for "government") are {@link NameVariants}', read only where the articles lack
 * the word.
 */
public final class Shorthand {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ppl", "people"), Map.entry("dept", "department"), Map.entry("rn", "now"),
            Map.entry("abt", "about"),
            Map.entry("bc", "because"), Map.entry("b/c", "because"), Map.entry("cuz", "because"),
            Map.entry("w/", "with"), Map.entry("w/o", "without"), Map.entry("tmrw", "tomorrow"),
            Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("hrs", "hours"),
            Map.entry("mins", "minutes"), Map.entry("thru", "through"), Map.entry("u", "you"), Map.entry("r", "are"),
            Map.entry("ur", "your"), Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("approx", "approximately"), Map.entry("info", "information"), Map.entry("mgr", "manager"),
            Map.entry("gonna", "going to"), Map.entry("wanna", "want to"));
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{Nd}'’/])[\\p{L}'’/]+(?![\\p{L}\\p{Nd}'’])");

    private Shorthand() {
    }

    /** {@code question} with its shorthand words written out; the question itself when it has none. */
    public static String expanded(String question) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group().replace('’', '\'');
            String full = word.equals(word.toLowerCase(Locale.ROOT)) ? WORDS.get(word) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group() : full));
            changed |= full != null;
        }
        return changed ? m.appendTail(out).toString() : question;
    }
}
