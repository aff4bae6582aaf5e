package dev.citebot.retrieve;

import java.util.regex.Pattern;

/**
 * Whether a sentence holds an answer of the kind a question asks for: a time for "when", a number or amount for
 * "how many" and "how much", a cause for "why". Scoring prefers such sentences; the answerer refuses a "when" or
 * "how many" question whose best sentence holds no time or number at all.
 */
public final class AnswerShape {
    static final Pattern TEMPORAL = Pattern.compile("\\b(?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|"
            + "Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|(?:19|20)\\d\\d|"
            + "last (?:week|month|year)|earlier|ago|since|until|during|1\\d{3}s?|\\d{1,2}(?:st|nd|rd|th) century)\\b");
    static final Pattern QUANTITY = Pattern.compile("\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|"
            + "several|half|quarter)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern CAUSAL = Pattern.compile("\\b(?:because|due to|owing to|as a result|since|so that|"
            + "in order to|citing|amid|given|for fear|over concerns?|caused|reason)\\b", Pattern.CASE_INSENSITIVE);


    private AnswerShape() {
    }

    /** True for a sentence of the asked shape, and for every sentence when the type asks for no particular shape. */
    public static boolean holds(QuestionType type, String text) {
        return switch (type) {
            case WHEN -> TEMPORAL.matcher(text).find();
            case HOW_MANY -> QUANTITY.matcher(text).find();
            case WHY -> CAUSAL.matcher(text).find();
            default -> true;
        };
    }
}
