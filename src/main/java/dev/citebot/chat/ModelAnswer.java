package dev.citebot.chat;

import dev.citebot.answer.Quote;

import java.util.List;

/**
 * An answer a language model wrote, as data, after every quotation in it was verified against the sources.
 *
 * @param model    the model's name, as configured
 * @param prose    the model's words: each kept quotation is the exact source words in curly quotes followed by its
 *                 passage marker ({@code “…” [2]}); paragraphs are separated by blank lines
 * @param quotes   the verified quotations, in the order the prose first quotes them, each once
 * @param cited    every passage the prose refers to, by number ascending
 * @param rejected quotations the model wrote that are in no retrieved passage, removed from the prose
 */
public record ModelAnswer(String model, String prose, List<CitedQuote> quotes, List<CitedPassage> cited,
                          List<RejectedQuote> rejected) {
    public ModelAnswer {
        quotes = List.copyOf(quotes);
        cited = List.copyOf(cited);
        rejected = List.copyOf(rejected);
    }

    /** The answer as plain text: the prose, a blank line, then one line per cited passage, {@code [2] citation}. */
    public String text() {
        StringBuilder out = new StringBuilder(prose).append("\n");
        for (CitedPassage p : cited) {
            out.append("\n[").append(p.number()).append("] ").append(p.citation());
        }
        return out.toString();
    }

    /** The verified spans, in order. */
    public List<Quote> spans() {
        return quotes.stream().map(CitedQuote::quote).toList();
    }
}
