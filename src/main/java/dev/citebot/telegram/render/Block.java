package dev.citebot.telegram.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph of a reply — one quote with its citation, one answer lead, one list — made of pieces shown on
 * consecutive lines. Blocks are separated by a blank line, and a long reply is split between blocks first.
 */
public record Block(List<Piece> pieces) {
    static final String PIECE_SEPARATOR = "\n";

    public Block {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one piece");
        }
    }

    static Block of(Piece... pieces) {
        return new Block(List.of(pieces));
    }

    public static Block plain(String text) {
        return of(Piece.of(Span.plain(text)));
    }

    String html() {
        return pieces.stream().map(Piece::html).collect(Collectors.joining(PIECE_SEPARATOR));
    }
}
