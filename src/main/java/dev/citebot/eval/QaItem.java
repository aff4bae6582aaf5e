package dev.citebot.eval;

import java.util.List;
import java.util.Optional;

/**
 * One evaluation question, read from any of the QA JSONL formats (see {@link QaFormat}).
 *
 * @param quoteContains the gold passages: strings the first quote must contain (seed, squad), or the gold
 *                      contents a first quote must share a five-word run with (saywhat)
 * @param speakerAny    the first quote's speaker or role, or the answer text, must name one of these (empty: no
 *                      check); for saywhat the asked speaker, reported but not required
 * @param title         the title of the article the question is to be asked about, if the format scopes it
 */
public record QaItem(String id, String question, boolean answerable, List<String> quoteContains,
                     List<String> speakerAny, QaFormat format, Optional<String> title) {
    public QaItem {
        quoteContains = List.copyOf(quoteContains);
        speakerAny = List.copyOf(speakerAny);
    }

    /** A question of the seed format, asked of all articles. */
    public QaItem(String id, String question, boolean answerable, List<String> quoteContains, List<String> speakerAny) {
        this(id, question, answerable, quoteContains, speakerAny, QaFormat.SEED, Optional.empty());
    }
}
