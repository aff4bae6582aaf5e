package dev.citebot.chat;

/**
 * A quotation from a model's reply that occurs in no retrieved passage.
 *
 * @param text  the quoted words as the model wrote them
 * @param cited the passage number the model gave it, or 0 when it gave none (or one that doesn't exist)
 */
public record RejectedQuote(String text, int cited) {
}
