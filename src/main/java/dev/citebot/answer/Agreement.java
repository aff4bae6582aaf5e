package dev.citebot.answer;

import dev.citebot.retrieve.AnswerShape;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.Synonyms;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a passage can answer a question that states facts of its own. A question that denies something ("Who
 * did not sign …?") is not answered by a passage without any negation, and a question that names a number or a
 * year ("What happened in 1973?") is not answered by a passage without that number ("3" agrees with "three"):
 * these are the edits that turn an answerable question into one the article does not answer while the wording
 * still overlaps one sentence.
 * A denial agrees with a passage that says the same with a negating prefix ("not realistic", "unrealistic") or
 * with a word of opposite meaning ("won't leave", "would stay").
 * A question that asks for a name ("the name of …") is not answered by a passage that writes none it does not.
 * A question about one of a pair ("the women's team") is not answered by a passage about the other alone
 * ({@link Counterparts}).
 * Nor is "when" answered by a passage without any time, "where" by one without any place, "how long" by one without
 * a duration or length, or "how many X" by one without a number of X.
 */
final class Agreement {
    private static final Pattern QUESTION_NEGATION = Pattern.compile(
            "\\b(?:not|never|none|nobody|nothing|neither|no longer)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSAGE_NEGATION = Pattern.compile("\\b(?:not|never|no|none|nobody|nothing|"
            + "neither|nor|without|cannot|unable|fail(?:s|ed|ing|ure)?|lack(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|"
            + "den(?:y|ies|ied)|absent|instead)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
    /** "not W" in a question, and its "n't W": W, past a "be", "been", "very" or "so" ("is not very realistic"). */
    private static final Pattern NOT_WORD = Pattern.compile("(?:\\bnot|n['’]t)\\s+(?:(?:be|been|very|so)\\s+)?"
            + "(\\p{L}{4,})", Pattern.CASE_INSENSITIVE);
    private static final String NEGATING_PREFIX = "(?:un|in|im|il|ir|dis|non-?)";
    private static final int NEGATED_PREFIX = 5;
    /** Verbs by their first {@value #NEGATED_PREFIX} letters, and the words that say their opposite. */
    private static final Map<String, Pattern> OPPOSITES = Map.of(
            "leave", opposites("stay|stays|stayed|staying|remain|remains|remained|remaining"),
            "accep", opposites("reject|rejects|rejected|rejecting|declin|declines|declined|declining"),
            "agree", opposites("reject|rejects|rejected|oppose|opposes|opposed|object|objects|objected"),
            "allow", opposites("ban|bans|banned|forbid|forbids|forbade|forbidden|prohibit|prohibits|prohibited|block|"
                    + "blocks|blocked"),
            "suppo", opposites("oppose|opposes|opposed|opposing|against"),
            "atten", opposites("skip|skips|skipped|miss|missed|boycott|boycotts|boycotted|stayed away"),
            "conti", opposites("stop|stops|stopped|halt|halts|halted|end|ends|ended|quit|quits"),
            "belie", opposites("doubt|doubts|doubted"),
            "remem", opposites("forgot|forgotten|forget|forgets"),
            "inclu", opposites("exclude|excludes|excluded|omit|omits|omitted|left out|leaves out"));
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{Nd}])\\d+(?:[,.]\\d+)*(?![\\p{L}\\p{Nd}])");

    static final int COUNTED_PREFIX = 4;
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many ([\\p{L}-]+(?: [\\p{L}-]+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile("\\b(?:\\d[\\d,.]*%?|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|"
            + "several|half)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Capitalised words that name no one: days and months. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Pattern NAME_ASKED = Pattern.compile("\\bname of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}\\p{L}+");
    private static final Set<String> MODIFIERS = Set.of("the", "a", "an", "of", "total", "different", "more",
            "other");
    /** Words that end what is counted: "people" counts anyone ("seven patients"), the rest are verbs. */
    private static final Set<String> ENDS = Set.of("people", "did", "do", "does", "is", "are", "was", "were", "has",
            "have", "had", "can", "will", "would", "could", "got", "get", "gets");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<QuestionType> SHAPED = EnumSet.of(QuestionType.WHEN, QuestionType.WHERE,
            QuestionType.HOW_MANY, QuestionType.HOW_LONG);

    private Agreement() {
    }

    private static Pattern opposites(String words) {
        return Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Why the passage cannot answer the question ("no time", "negation", "number 1973"), or empty if none. */
    static Optional<String> disagreement(QuestionAnalysis analysis, String passage) {
        if (SHAPED.contains(analysis.type()) && !AnswerShape.holds(analysis, passage)) {
            return Optional.of("no " + switch (analysis.type()) {
                case WHEN -> "time";
                case WHERE -> "place";
                case HOW_LONG -> "duration";
                default -> "number";
            });
        }
        String question = analysis.text();
        Optional<String> counted = uncounted(question, passage);
        if (counted.isPresent()) {
            return counted;
        }
        if (denies(analysis) && !PASSAGE_NEGATION.matcher(passage).find() && !negatedWord(question, passage)
                && !opposite(question, passage)) {
            return Optional.of("negation");
        }
        if (NAME_ASKED.matcher(question).find() && !namesAnother(question, passage)) {
            return Optional.of("no name");
        }
        Optional<String> swapped = Counterparts.swapped(question, passage);
        if (swapped.isPresent()) {
            return Optional.of("counterpart of " + swapped.get());
        }
        Set<String> numbers = numbers(passage);
        for (String n : numbers(question)) {
            if (!numbers.contains(n) && !spelledOut(n, passage)) {
                return Optional.of("number " + n);
            }
        }
        return Optional.empty();
    }

    /**
     * For "how many X …?", "uncounted X" when no number in the passage counts X: none of the three words after any
     * number starts like X (its first {@value #COUNTED_PREFIX} letters), so "How many ships …" agrees with "four
     * cargo ships" and "two-ship convoys" but not with "50,000 sailors and their ships"; a word that stands for X
     * ({@link Synonyms}: "37 homes" for "houses") counts it too.
     * X is the first one or two content words after "how many" ("US presidents": "us" or "presidents"), up to a
     * verb or "people", which any counted noun answers ("How many people got hurt?": "seven patients").
     */
    private static Optional<String> uncounted(String question, String passage) {
        Matcher asked = HOW_MANY.matcher(question);
        if (!asked.find()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : asked.group(1).toLowerCase(Locale.ROOT).split("[ -]")) {
            if (ENDS.contains(word) || words.size() == 2) {
                break;
            }
            if (!MODIFIERS.contains(word)) {
                words.add(word);
            }
        }
        List<String> nouns = words.stream().map(w -> w.substring(0, Math.min(COUNTED_PREFIX, w.length()))).toList();
        String text = passage.toLowerCase(Locale.ROOT);
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            Matcher after = WORD.matcher(text.substring(count.end()));
            for (int i = 0; i < 3 && after.find(); i++) {
                String counted = after.group();
                if (nouns.stream().anyMatch(counted::startsWith)
                        || words.stream().anyMatch(w -> Synonyms.sameMeaning(w, counted))) {
                    return Optional.empty();
                }
            }
        }
        return nouns.isEmpty() ? Optional.empty() : Optional.of("uncounted " + asked.group(1));
    }

    /**
     * Whether the passage writes a name the question does not: a capitalised word after its first, not a day or a
     * month ("What's the name of the firefighter who got burned?" is not answered by "One firefighter was treated
     * for burns on Tuesday").
     */
    private static boolean namesAnother(String question, String passage) {
        String asked = question.toLowerCase(Locale.ROOT);
        Matcher name = CAPITALISED.matcher(passage);
        while (name.find()) {
            String word = name.group().toLowerCase(Locale.ROOT);
            if (name.start() > 0 && !asked.contains(word) && !CALENDAR.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question denies something ("Who did not sign …?", "What wasn't kept?"). */
    static boolean denies(QuestionAnalysis analysis) {
        return QUESTION_NEGATION.matcher(analysis.text()).find();
    }

    /**
     * Whether the passage says what the question denies with a negating prefix instead: "not realistic" as
     * "unrealistic", "not possible" as "impossible", "didn't agree" as "disagreed" (the word's first
     * {@value #NEGATED_PREFIX} letters after un-, in-, im-, il-, ir-, dis- or non-).
     */
    private static boolean negatedWord(String question, String passage) {
        Matcher not = NOT_WORD.matcher(question);
        while (not.find()) {
            String word = not.group(1).toLowerCase(Locale.ROOT);
            String stem = word.substring(0, Math.min(NEGATED_PREFIX, word.length()));
            if (Pattern.compile("\\b" + NEGATING_PREFIX + Pattern.quote(stem), Pattern.CASE_INSENSITIVE)
                    .matcher(passage).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the passage says what the question denies with a word of opposite meaning: "Why won't he leave?" of
     * "he would stay", "Who did not accept the offer?" of "rejected the offer". Any word after the question's
     * negation counts, since a question puts its subject between the two ("won't Frank Delaney leave"); a word is
     * known by its first {@value #NEGATED_PREFIX} letters.
     */
    private static boolean opposite(String question, String passage) {
        Matcher negation = QUESTION_NEGATION.matcher(question);
        if (!negation.find()) {
            return false;
        }
        Matcher word = WORD.matcher(question.substring(negation.end()).toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            String key = w.substring(0, Math.min(NEGATED_PREFIX, w.length()));
            Pattern opposites = OPPOSITES.get(key);
            if (w.length() >= 4 && opposites != null && opposites.matcher(passage).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a small whole number the question gives in digits ("3") is in the passage as a word ("three"). */
    private static boolean spelledOut(String number, String passage) {
        if (!number.matches("\\d{1,2}") || Integer.parseInt(number) >= NUMBER_WORDS.size()) {
            return false;
        }
        return Pattern.compile("\\b" + NUMBER_WORDS.get(Integer.parseInt(number)) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(passage).find();
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }
}
