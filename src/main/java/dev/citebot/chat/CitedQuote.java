package dev.citebot.chat;

import dev.citebot.answer.Quote;

/**
 * A quotation of a model's answer, verified: the exact span of the source, and the passage it was found in.
 *
 * @param passage the number of the passage the quotation is in, which the answer's text puts after it
 *                ({@code “…” [2]})
 */
public record CitedQuote(int passage, Quote quote) {
}
