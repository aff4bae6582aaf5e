package dev.citebot.retrieve;

import java.util.List;
import java.util.Optional;

/**
 * What a question asks, as far as cheap rules can tell.
 *
 * @param subject      whose words are asked for ("Dmitry Peskov", "the Kremlin spokesman"), if named
 * @param entities     capitalised names in the question outside any quotation ("Keir Starmer", "Kyiv")
 * @param quotedPhrase a quotation the question contains ("Who said “…”?"), without its marks
 * @param terms        stemmed content words, stopwords and the subject's words removed
 */
public record QuestionAnalysis(String text, QuestionType type, Optional<String> subject, List<String> entities,
                               Optional<String> quotedPhrase, List<String> terms) {
    public QuestionAnalysis {
        entities = List.copyOf(entities);
        terms = List.copyOf(terms);
    }
}
