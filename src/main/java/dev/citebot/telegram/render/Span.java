package dev.citebot.telegram.render;

import java.util.Objects;

/** A stretch of plain text shown in one style; rendering escapes it. */
record Span(String text, Style style) {
    Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    static Span bold(String text) {
        return new Span(text, Style.BOLD);
    }

    static Span italic(String text) {
        return new Span(text, Style.ITALIC);
    }

    String html() {
        return style.open() + Html.escape(text) + style.close();
    }

    /** How text looks; each style is one HTML tag pair (none for plain). */
    enum Style {
        PLAIN("", ""), BOLD("<b>", "</b>"), ITALIC("<i>", "</i>");

        private final String open;
        private final String close;

        Style(String open, String close) {
            this.open = open;
            this.close = close;
        }

        String open() {
            return open;
        }

        String close() {
            return close;
        }

        int tagLength() {
            return open.length() + close.length();
        }
    }
}
