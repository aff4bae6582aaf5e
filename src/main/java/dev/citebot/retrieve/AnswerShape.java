package dev.citebot.retrieve;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds an answer of the kind a question asks for: a time for "when", a number or amount for
 * "how many" and "how much", a cause for "why". Scoring prefers such sentences; the answerer refuses a "when" or
 * "how many" question whose best sentence holds no time or number at all.
 */
public final class AnswerShape {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December";
    /**
     * A time. A weekday followed by a capitalised word other than a month is a name ("the Sunday Times"); "May"
     * after a capitalised word other than a preposition is a surname ("Theresa May", see {@link #temporal}).
     */
    static final Pattern TEMPORAL = Pattern.compile("\\b(?:(?:January|February|March|April|June|July|"
            + "August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)"
            + "|(?<surname>\\p{Lu}\\p{L}{1,30}\\s)?May"
            + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\\s+(?!(?:" + MONTHS + ")\\b)\\p{Lu})"
            + "|yesterday|today|tomorrow|tonight|(?:19|20)\\d\\d|"
            + "last (?:week|month|year)|earlier|ago|since|until|during|1\\d{3}s?|\\d{1,2}(?:st|nd|rd|th) century)\\b");
    static final Pattern QUANTITY = Pattern.compile("\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|"
            + "several|half|quarter)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern CAUSAL = Pattern.compile("\\b(?:because|due to|owing to|as a result|since|so that|"
            + "in order to|citing|amid|given|for fear|over concerns?|caused|reason)\\b", Pattern.CASE_INSENSITIVE);


    /** Capitalised words before "May" that leave it a month ("In May", "Since May"). */
    private static final Set<String> BEFORE_MONTH = Set.of("In", "By", "On", "Since", "Until", "From", "Early",
            "Late", "Last", "Next", "Mid", "Each", "Every", "Through", "Of", "Before", "After", "During");

    private AnswerShape() {
    }

    private static boolean temporal(String text) {
        Matcher m = TEMPORAL.matcher(text);
        while (m.find()) {
            String before = m.group("surname");
            if (before == null || BEFORE_MONTH.contains(before.strip())) {
                return true;
            }
        }
        return false;
    }

    /** True for a sentence of the asked shape, and for every sentence when the type asks for no particular shape. */
    public static boolean holds(QuestionType type, String text) {
        return switch (type) {
            case WHEN -> temporal(text);
            case HOW_MANY -> QUANTITY.matcher(text).find();
            case WHY -> CAUSAL.matcher(text).find();
            default -> true;
        };
    }
}
