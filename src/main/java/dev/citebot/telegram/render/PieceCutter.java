package dev.citebot.telegram.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts one piece that is too long for a message into parts whose HTML fits, each wrapped in the piece's own
 * tags. Cuts fall between words, at the last sentence end of a part when that keeps it at least half full;
 * a word longer than a whole message is cut between code points. Escaping is measured, never cut.
 */
final class PieceCutter {
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=\\s)(?=\\S)");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][”\"’')\\]]*\\s*", Pattern.DOTALL);

    private final Piece piece;
    private final int budget;

    PieceCutter(Piece piece, int limit) {
        this.piece = piece;
        this.budget = limit - piece.wrapperLength();
    }

    List<String> cut() {
        List<String> parts = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span token : tokens()) {
            if (!current.isEmpty() && measure(current) + cost(current, token) > budget) {
                int at = cutPoint(current);
                parts.add(render(current.subList(0, at)));
                current = new ArrayList<>(current.subList(at, current.size()));
                if (!current.isEmpty() && measure(current) + cost(current, token) > budget) {
                    parts.add(render(current));
                    current.clear();
                }
            }
            current.add(token);
        }
        parts.add(render(current));
        parts.removeIf(p -> p.equals(new Piece(piece.quoted(), List.of()).html()));
        return parts;
    }

    private List<Span> tokens() {
        List<Span> tokens = new ArrayList<>();
        for (Span span : piece.spans()) {
            for (String word : WORD_BOUNDARY.split(span.text())) {
                if (!word.isEmpty()) {
                    tokens.addAll(hardSplit(new Span(word, span.style())));
                }
            }
        }
        return tokens;
    }

    /** A word too long for a message by itself, cut between code points so each part fits. */
    private List<Span> hardSplit(Span word) {
        int room = budget - word.style().tagLength();
        if (Html.escapedLength(word.text()) <= room) {
            return List.of(word);
        }
        List<Span> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        word.text().codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (Html.escapedLength(part) + Html.escapedLength(ch) > room) {
                parts.add(new Span(part.toString(), word.style()));
                part.setLength(0);
            }
            part.append(ch);
        });
        parts.add(new Span(part.toString(), word.style()));
        return parts;
    }

    /** Where to end the current part: after its last sentence end if that keeps half the budget, else all of it. */
    private int cutPoint(List<Span> tokens) {
        for (int i = tokens.size(); i > 0; i--) {
            if (SENTENCE_END.matcher(tokens.get(i - 1).text()).matches()) {
                return measure(tokens.subList(0, i)) >= budget / 2 ? i : tokens.size();
            }
        }
        return tokens.size();
    }

    private static int cost(List<Span> before, Span token) {
        boolean sameStyle = !before.isEmpty() && before.get(before.size() - 1).style() == token.style();
        return Html.escapedLength(token.text()) + (sameStyle ? 0 : token.style().tagLength());
    }

    private static int measure(List<Span> tokens) {
        int length = 0;
        for (int i = 0; i < tokens.size(); i++) {
            length += cost(tokens.subList(0, i), tokens.get(i));
        }
        return length;
    }

    private String render(List<Span> tokens) {
        List<Span> merged = new ArrayList<>();
        for (Span t : tokens) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.style() == t.style()) {
                merged.set(merged.size() - 1, new Span(last.text() + t.text(), t.style()));
            } else {
                merged.add(t);
            }
        }
        if (!merged.isEmpty()) {
            Span last = merged.get(merged.size() - 1);
            merged.set(merged.size() - 1, new Span(last.text().stripTrailing(), last.style()));
        }
        merged.removeIf(s -> s.text().isEmpty());
        return new Piece(piece.quoted(), merged).html();
    }
}
