package dev.citebot.attribute;

/**
 * A word or punctuation mark of an article.
 *
 * @param text   as written
 * @param lower  lower case, with the typographic apostrophe folded to {@code '}
 * @param start  offset in the article text
 * @param end    offset one past its last character
 * @param kind   what sort of token it is
 * @param quoted whether it stands inside a quotation (between double quotation marks)
 */
record Token(String text, String lower, int start, int end, Kind kind, boolean quoted) {

    enum Kind { WORD, PUNCT, OPEN_QUOTE, CLOSE_QUOTE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean capitalised() {
        return isWord() && Character.isUpperCase(text.codePointAt(0));
    }

    /** A closing double quotation mark, or a single one that ends a quotation rather than a word. */
    boolean closesQuote() {
        return kind == Kind.CLOSE_QUOTE || text.equals("’") || text.equals("'");
    }
}
