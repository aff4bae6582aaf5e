package dev.citebot.answer;

import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import dev.citebot.text.Folding;
import dev.citebot.text.Mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the best passage speaks of the particulars the question names. A question made unanswerable by
 * swapping one name ("Who ruled Sicily?" of a passage on Malta) or by asking for an extreme or a rank the
 * article does not state ("Who was the first …?" of a passage that names no first) still shares most of its words
 * with one real sentence; these particulars are what it does not share.
 *
 * <p>The particulars are read from the best sentence together with its neighbours in the same paragraph
 * (their "It", "These" or "He" continue it), so a name given one sentence earlier still counts. A name is a
 * run of capitalised words of the question other than its first word. A word agrees when a word of the window,
 * or the name or role of the passage's speaker, starts with its first {@value #NAME_PREFIX} letters, accents
 * aside ("Italy" meets "Italian", "Normans" meets "Norman"); a name agrees when its last word does and each other
 * word does too or is somewhere in the article ("Ann Lee" meets "Lee said" once the article has named Ann Lee),
 * or when the window writes its initials ("United States" and "U.S."). A name whose last word is part of the article's
 * title always agrees: every sentence of the article speaks of its topic, whether it repeats the word or not.
 * An extreme or rank ("first", "largest", "only",
 * "minority" …) agrees only when the window has the same word, or for a superlative of size another one ("the
 * biggest" and "the most important"); "last" as a verb ("How long will it last?") is none.
 */
final class Specifics {
    static final int NAME_PREFIX = 4;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{Nd}'’])\\p{Lu}[\\p{L}]*");
    private static final Pattern EXTREME = Pattern.compile("\\b(?:first|last|least|only|biggest|smallest|largest|"
            + "oldest|youngest|newest|earliest|latest|highest|lowest|best|worst|minority|majority)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Superlatives of size and weight that say the same ("the biggest investment", "the most important"). */
    private static final String GREATEST = "biggest|largest|greatest";
    /** Nouns for who speaks that a name may qualify: "the Civil Liberties group", "the Harwick mayor". */
    private static final Set<String> SPEAKER_NOUNS = Set.of("group", "groups", "union", "association", "alliance",
            "coalition", "organization", "organisation", "company", "firm", "council", "board", "department",
            "agency", "office", "committee", "campaign", "lawyer", "lawyers", "attorney", "attorneys", "spokesman",
            "spokeswoman", "spokesperson", "official", "officials", "leader", "leaders", "mayor", "governor",
            "sheriff", "residents");
    /** Ranks written otherwise with the same meaning: "the last flight" is "the final flight". */
    private static final Map<String, String> SAME_RANK = Map.of("last", "last|final", "first", "first|earliest",
            "earliest", "earliest|first", "only", "only|sole|lone", "latest", "latest|newest|most recent",
            "newest", "newest|latest|most recent");
    /** "last" as a verb, not a rank: "How long will the warning last?", "… last until Friday". */
    private static final Pattern VERB_LAST = Pattern.compile("last(?:\\s*[?.!,]|\\s*$|\\s+(?:for|until|till|through|"
            + "into|beyond|longer|long)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i", "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as",
            "is", "are", "was", "were", "did", "does", "do", "what", "which", "who", "whom", "whose", "when",
            "where", "why", "how");

    private Specifics() {
    }

    /**
     * What the question names that the best passage's window does not ("name Sicily", "extreme first"), or empty
     * when it names nothing the window lacks.
     */
    static Optional<String> disagreement(String question, ArticleView article, Evidence best) {
        String window = window(article, best);
        String folded = fold(window);
        String title = fold(article.title());
        String speaker = best.speaker().map(s -> fold(s.name() + " " + (s.role() == null ? "" : s.role()))).orElse("");
        for (List<String> name : names(question)) {
            boolean agrees = abbreviated(name, window) || qualifiesSpeaker(question, name, article);
            for (int i = name.size() - 1; i >= 0 && !agrees; i--) {
                String prefix = prefix(name.get(i));
                boolean here = title.contains(prefix) || startsAWord(folded, prefix) || startsAWord(speaker, prefix);
                boolean given = i < name.size() - 1 && article.mentions(name.get(i));
                if (!here && !given) {
                    return Optional.of("name " + String.join(" ", name));
                }
                agrees = i == 0;
            }
        }
        Matcher extreme = EXTREME.matcher(question);
        while (extreme.find()) {
            String word = extreme.group().toLowerCase(Locale.ROOT);
            if (VERB_LAST.matcher(question.substring(extreme.start())).lookingAt()) {
                continue;
            }
            Pattern agreeing = word.matches(GREATEST) ? Pattern.compile("\\b(?:" + GREATEST + "|most important|"
                    + "most significant)\\b") : Pattern.compile("\\b(?:" + SAME_RANK.getOrDefault(word, word) + ")\\b");
            if (!agreeing.matcher(folded).find()) {
                return Optional.of("extreme " + word);
            }
        }
        return Optional.empty();
    }

    /**
     * The names in {@code question}: runs of capitalised words next to each other ("Ann Lee", "United States"),
     * its opening word and function words ("The", "In") aside.
     */
    static List<List<String>> names(String question) {
        Matcher m = CAPITALISED.matcher(question);
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        boolean first = true;
        while (m.find()) {
            boolean opening = first && question.substring(0, m.start()).isBlank();
            first = false;
            if (opening || FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!run.isEmpty() && !question.substring(runEnd, m.start()).isBlank()) {
                out.add(run);
                run = new ArrayList<>();
            }
            run.add(m.group());
            runEnd = m.end();
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /**
     * Whether the name qualifies a speaker the question describes by a noun after it ("the Civil Liberties group",
     * "the Tallow County sheriff") and the article names it: the passage of that speaker's words refers to them by
     * the noun ("the group wants …"), and the article says once who they are, so the window need not repeat it.
     */
    private static boolean qualifiesSpeaker(String question, List<String> name, ArticleView article) {
        Matcher m = Pattern.compile(Pattern.quote(String.join(" ", name)) + "\\s+(\\p{Ll}+)").matcher(question);
        return m.find() && SPEAKER_NOUNS.contains(m.group(1)) && name.stream().allMatch(article::mentions);
    }

    /**
     * Whether the window writes the initials of a name of two or more words, dotted or not ("U.S.", "USA"), or an
     * acronym the question writes without dots ("US" for "U.S.").
     */
    private static boolean abbreviated(List<String> name, String window) {
        String initials;
        if (name.size() > 1) {
            StringBuilder first = new StringBuilder();
            name.forEach(word -> first.append(word.charAt(0)));
            initials = first.toString();
        } else if (Mentions.acronym(name.get(0))) {
            initials = name.get(0);
        } else {
            return false;
        }
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(initials) + "(?!\\p{Ll})")
                .matcher(window.replace(".", "")).find();
    }


    /** The best passage's sentences and the sentences just before and after them within its paragraph. */
    static String window(ArticleView article, Evidence best) {
        List<Passage> passages = article.passages();
        int start = best.start();
        int end = best.end();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (p.paragraph() == best.paragraph() && p.end() <= best.start() && best.start() - p.end() < 3) {
                start = Math.min(start, p.start());
            }
            if (p.paragraph() == best.paragraph() && p.start() >= best.end() && p.start() - best.end() < 3) {
                end = Math.max(end, p.end());
            }
        }
        return article.text().substring(start, end);
    }

    private static String prefix(String word) {
        String folded = fold(word);
        return folded.substring(0, Math.min(NAME_PREFIX, folded.length()));
    }

    private static boolean startsAWord(String text, String prefix) {
        return Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(prefix)).matcher(text).find();
    }

    private static String fold(String text) {
        return Folding.withoutAccents(text).toLowerCase(Locale.ROOT);
    }
}
