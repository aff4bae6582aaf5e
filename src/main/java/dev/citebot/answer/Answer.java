package dev.citebot.answer;

import java.util.List;

/**
 * What citebot answers to one question.
 *
 * @param answered false when the articles don't say (the quotes may then hold the closest passage, labelled
 *                 as such in {@code text})
 * @param lead     the answer's own words shown before its quotes (the speaker who said it, or why it can't
 *                 answer), empty when there are none; front ends that render quotes themselves show this
 * @param text     the plain text a user sees: extractive, the lead then each quote with its citation; from a
 *                 model, its verified reply then the passages it cites
 * @param mode     how it was made: "extractive" (quotes picked from the articles) or "llm"
 * @param millis   wall-clock time spent answering
 */
public record Answer(String question, boolean answered, String lead, String text, List<Quote> quotes, String mode,
                     long millis) {
    public Answer {
        lead = lead == null ? "" : lead;
        quotes = List.copyOf(quotes);
    }
}
