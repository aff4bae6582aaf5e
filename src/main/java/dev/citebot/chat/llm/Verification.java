package dev.citebot.chat.llm;

import dev.citebot.chat.CitedQuote;
import dev.citebot.chat.RejectedQuote;

import dev.citebot.answer.Quote;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A model's reply after {@link QuoteVerifier}: only verified quotations and existing markers remain.
 *
 * @param text      the reply with each kept quotation replaced by the exact source words and its corrected marker,
 *                  rejected quotations replaced by {@link QuoteVerifier#REMOVED}, and markers to missing passages
 *                  dropped
 * @param quotes    the verified spans, exact offsets, in reply order, each once, with the passage each is in
 * @param rejected  quotations found in no retrieved passage
 * @param cited     the passage numbers the cleaned text refers to
 * @param corrected how many quotations cited a passage other than the one they are in
 * @param dropped   how many markers pointed to passages that don't exist
 */
public record Verification(String text, List<CitedQuote> quotes, List<RejectedQuote> rejected, SortedSet<Integer> cited,
                           int corrected, int dropped) {
    public Verification {
        quotes = List.copyOf(quotes);
        rejected = List.copyOf(rejected);
        cited = new TreeSet<>(cited);
    }

    /** The verified spans alone, in reply order. */
    public List<Quote> spans() {
        return quotes.stream().map(CitedQuote::quote).toList();
    }

    /** True when at least one quotation could be verified. */
    public boolean verifiable() {
        return !quotes.isEmpty();
    }
}
