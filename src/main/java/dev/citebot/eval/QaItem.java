package dev.citebot.eval;

import java.util.List;

/**
 * One evaluation question (the QA JSONL format).
 *
 * @param quoteContains the answer's first quote must contain one of these
 * @param speakerAny    the first quote's speaker or role, or the answer text, must name one of these (empty: no check)
 */
public record QaItem(String id, String question, boolean answerable, List<String> quoteContains,
                     List<String> speakerAny) {
    public QaItem {
        quoteContains = List.copyOf(quoteContains);
        speakerAny = List.copyOf(speakerAny);
    }
}
