package dev.citebot.answer;

import dev.citebot.attribute.SpeakerQuery;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.SearchTerms;

import java.util.List;
import java.util.Optional;

/**
 * "Did Maya Chen say management had known about the crisis?" when those words are another speaker's: the passage of
 * Chen's that a yes/no question about her is answered with repeats few of the words asked about, and a passage found
 * for the question that repeats most of them is someone else's. Then the question is refused with that passage as
 * the closest, which shows who said it, rather than answered with an unrelated passage of Chen's.
 */
final class SaidByAnother {
    /** The words a question must ask about, besides its speaker and its reporting verb, for the check to apply. */
    static final int MIN_WORDS = 3;
    private static final double FEW = 0.5;
    private static final double MOST = 0.75;
    private static final int LOOKED_AT = 5;

    private SaidByAnother() {
    }

    /** Another speaker's passage that says what the question asks {@code chosen}'s speaker said, if there is one. */
    static Optional<Evidence> instead(QuestionAnalysis analysis, List<Evidence> found, Evidence chosen,
                                      CorpusSnapshot corpus) {
        List<String> asked = analysis.terms().stream().filter(t -> !SpeakerRoute.BARE.contains(t)).toList();
        if (!AskedSpeaker.asksWhetherSaid(analysis) || asked.size() < MIN_WORDS
                || coverage(asked, chosen, corpus) >= FEW) {
            return Optional.empty();
        }
        String subject = analysis.subject().orElseThrow();
        return found.stream().limit(LOOKED_AT)
                .filter(e -> e.speaker().isPresent() && SpeakerQuery.match(subject, e.speaker().get()) == 0)
                .filter(e -> coverage(asked, e, corpus) >= MOST)
                .findFirst();
    }

    private static double coverage(List<String> asked, Evidence e, CorpusSnapshot corpus) {
        return SearchTerms.heldIn(asked, corpus.text(e)) / (double) asked.size();
    }
}
