package dev.citebot.answer;

import dev.citebot.retrieve.SearchTerms;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a question typed all in lower case ("did germany agree to send troops?"), capitalised as the articles
 * write them, so that what looks for names in a question (the yes/no rule, the names and numbers a passage must
 * state, "doesn't mention") finds them as in "Did Germany agree …?". Only a question with no capital after its
 * first letter is changed, and only its content words of {@value #SHORTEST} letters or more that the articles write
 * as names.
 */
final class LowerCaseNames {
    static final int SHORTEST = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern CAPITAL_AFTER_FIRST = Pattern.compile("^.+\\p{Lu}", Pattern.DOTALL);

    private LowerCaseNames() {
    }

    /** @param writtenAsName whether the articles in scope write a lower-case word as a name */
    static String capitalised(String question, Predicate<String> writtenAsName) {
        if (CAPITAL_AFTER_FIRST.matcher(question.strip()).find()) {
            return question;
        }
        Matcher m = WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            boolean name = w.length() >= SHORTEST && !SearchTerms.terms(w).isEmpty() && writtenAsName.test(w);
            m.appendReplacement(out, name ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return m.appendTail(out).toString();
    }
}
