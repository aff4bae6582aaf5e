package dev.citebot.answer;

import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;

import java.util.List;
import java.util.Optional;

/** Whether a passage lacks what the question names or asks for, and a close passage that does not. */
final class Disagreements {
    private static final double AGREEING_MARGIN = 0.1;
    private static final int AGREEING_LOOKED_AT = 2;

    private Disagreements() {
    }

    /**
     * When the best passage, by the speaker asked about, lacks what the question names or asks for, another passage
     * of theirs nearly as close that has it ("the meeting in June" in their next paragraph): within {@link
     * #AGREEING_MARGIN} of the best score, among the next few found. Only among the words of the one asked about:
     * for other questions a runner-up that holds the name or number is as often an answer to a question the article
     * does not answer (squad-dev: 26 more unanswerable questions answered at 0.05).
     */
    static Optional<Evidence> agreeingRunnerUp(QuestionAnalysis analysis, List<Evidence> evidence,
                                               CorpusSnapshot corpus) {
        double floor = evidence.get(0).score() - AGREEING_MARGIN;
        if (!evidence.get(0).speakerIsSubject()) {
            return Optional.empty();
        }
        return evidence.stream().skip(1).limit(AGREEING_LOOKED_AT).filter(e -> e.score() >= floor)
                .filter(Evidence::speakerIsSubject)
                .filter(e -> !any(analysis, e, corpus)).findFirst();
    }

    /** Whether the best passage lacks what the question asks for or names ({@link Agreement}, {@link Specifics}). */
    static boolean any(QuestionAnalysis analysis, Evidence best, CorpusSnapshot corpus) {
        return Agreement.disagreement(analysis, corpus.text(best)).isPresent()
                || Specifics.disagreement(analysis.text(), corpus.article(best.articleId()).orElseThrow(), best)
                .isPresent();
    }
}
