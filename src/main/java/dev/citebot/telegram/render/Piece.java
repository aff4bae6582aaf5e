package dev.citebot.telegram.render;

import java.util.List;

/**
 * One line group of a reply: a sequence of spans, optionally inside a {@code <blockquote>}. A piece is the
 * unit {@link MessageSplitter} cuts inside only when it is too long for one message by itself.
 */
record Piece(boolean quoted, List<Span> spans) {
    static final String QUOTE_OPEN = "<blockquote>";
    static final String QUOTE_CLOSE = "</blockquote>";

    Piece {
        spans = List.copyOf(spans);
    }

    static Piece of(Span... spans) {
        return new Piece(false, List.of(spans));
    }

    static Piece quote(Span... spans) {
        return new Piece(true, List.of(spans));
    }

    String html() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.html()));
        return quoted ? QUOTE_OPEN + out + QUOTE_CLOSE : out.toString();
    }

    int wrapperLength() {
        return quoted ? QUOTE_OPEN.length() + QUOTE_CLOSE.length() : 0;
    }
}
