package dev.citebot.answer;

import java.util.List;

/**
 * What citebot answers to one question.
 *
 * @param answered false when the articles don't say (the quotes may then hold the closest passage, labelled
 *                 as such in {@code text})
 * @param text     the plain text a user sees
 * @param mode     how it was made: "extractive" (quotes picked from the articles) or "llm"
 * @param millis   wall-clock time spent answering
 */
public record Answer(String question, boolean answered, String text, List<Quote> quotes, String mode, long millis) {
    public Answer {
        quotes = List.copyOf(quotes);
    }
}
