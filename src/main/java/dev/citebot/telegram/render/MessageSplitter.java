package dev.citebot.telegram.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reply's blocks into Telegram messages of at most {@code limit} characters of HTML (Telegram allows
 * 4096). Blocks are kept whole and packed greedily, separated by a blank line; only a block that is too long by
 * itself is split, between its pieces first, then — for a single overlong piece — at a sentence end or a space,
 * each part re-wrapped in its own tags. So every message is well-formed HTML and no tag or entity is ever cut.
 */
public final class MessageSplitter {
    public static final int TELEGRAM_LIMIT = 4096;
    static final String BLOCK_SEPARATOR = "\n\n";
    private static final int MIN_LIMIT = 64;

    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("limit must be at least " + MIN_LIMIT);
        }
        this.limit = limit;
    }

    /** @return the messages, in order; empty for no blocks */
    public List<String> split(List<Block> blocks) {
        Packer messages = new Packer(limit, BLOCK_SEPARATOR);
        for (Block block : blocks) {
            chunks(block).forEach(messages::add);
        }
        return messages.done();
    }

    private List<String> chunks(Block block) {
        String html = block.html();
        if (html.length() <= limit) {
            return List.of(html);
        }
        Packer lines = new Packer(limit, Block.PIECE_SEPARATOR);
        for (Piece piece : block.pieces()) {
            String pieceHtml = piece.html();
            if (pieceHtml.length() <= limit) {
                lines.add(pieceHtml);
            } else {
                new PieceCutter(piece, limit).cut().forEach(lines::add);
            }
        }
        return lines.done();
    }

    /** Joins parts (each within the limit) with a separator into as few strings within the limit as possible. */
    private static final class Packer {
        private final int limit;
        private final String separator;
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        Packer(int limit, String separator) {
            this.limit = limit;
            this.separator = separator;
        }

        void add(String part) {
            if (current.length() > 0 && current.length() + separator.length() + part.length() > limit) {
                flush();
            }
            if (current.length() > 0) {
                current.append(separator);
            }
            current.append(part);
        }

        List<String> done() {
            flush();
            return List.copyOf(done);
        }

        private void flush() {
            if (current.length() > 0) {
                done.add(current.toString());
                current.setLength(0);
            }
        }
    }
}
