package dev.citebot.answer;

import dev.citebot.retrieve.AnswerShape;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
 * Nor is "when" answered by a passage without any time, or "how many" by one without any number.
 */
final class Agreement {
    private static final Pattern QUESTION_NEGATION = Pattern.compile(
            "\\b(?:not|never|none|nobody|nothing|neither|no longer)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSAGE_NEGATION = Pattern.compile("\\b(?:not|never|no|none|nobody|nothing|"
            + "neither|nor|without|cannot|unable|fail(?:s|ed|ing|ure)?|lack(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|"
            + "den(?:y|ies|ied)|absent|instead)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{Nd}])\\d+(?:[,.]\\d+)*(?![\\p{L}\\p{Nd}])");

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Set<QuestionType> SHAPED = EnumSet.of(QuestionType.WHEN, QuestionType.HOW_MANY);

    private Agreement() {
    }

    /** Why the passage cannot answer the question ("no time", "negation", "number 1973"), or empty if none. */
    static Optional<String> disagreement(QuestionAnalysis analysis, String passage) {
        if (SHAPED.contains(analysis.type()) && !AnswerShape.holds(analysis.type(), passage)) {
            return Optional.of("no " + (analysis.type() == QuestionType.WHEN ? "time" : "number"));
        }
        String question = analysis.text();
        if (denies(analysis) && !PASSAGE_NEGATION.matcher(passage).find()) {
            return Optional.of("negation");
        }
        Set<String> numbers = numbers(passage);
        for (String n : numbers(question)) {
            if (!numbers.contains(n) && !spelledOut(n, passage)) {
                return Optional.of("number " + n);
            }
        }
        return Optional.empty();
    }

    /** Whether the question denies something ("Who did not sign …?", "What wasn't kept?"). */
    static boolean denies(QuestionAnalysis analysis) {
        return QUESTION_NEGATION.matcher(analysis.text()).find();
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
