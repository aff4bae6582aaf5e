package dev.citebot.text;

/**
 * Quotation marks, apostrophes and dashes, straight and typographic. A single mark is a quotation mark and an
 * apostrophe at once; which one it is depends on its place, which is for the reader of the text to decide.
 */
public final class Marks {
    private static final String DOUBLE_QUOTES = "\"“”„‟«»″";
    private static final String SINGLE_QUOTES = "'‘’‚‛‹›′`";
    private static final String DASHES = "-‐‑‒–—―−";

    private Marks() {
    }

    /** A double quotation mark: {@code " “ ” „ ‟ « »} or the double prime {@code ″} used as one. */
    public static boolean isDoubleQuote(char c) {
        return DOUBLE_QUOTES.indexOf(c) >= 0;
    }

    /** A single quotation mark or apostrophe: {@code ' ‘ ’ ‚ ‛ ‹ ›}, the prime {@code ′} or a backtick. */
    public static boolean isSingleQuote(char c) {
        return SINGLE_QUOTES.indexOf(c) >= 0;
    }

    public static boolean isQuoteMark(char c) {
        return isDoubleQuote(c) || isSingleQuote(c);
    }

    /** The two apostrophes written inside words: {@code '} and {@code ’} ("don't", "Russia’s"). */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** A hyphen, dash or minus sign: {@code - ‐ ‑ ‒ – — ― −}. */
    public static boolean isDash(char c) {
        return DASHES.indexOf(c) >= 0;
    }
}
