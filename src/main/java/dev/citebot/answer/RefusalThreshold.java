package dev.citebot.answer;

import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.QuestionType;

/**
 * The score the best passage must reach to be given as an answer. A question about what someone said ("Who said
 * tired staff make mistakes?", "What did the old man with the heart problem say?") answered by a passage with a
 * speaker may score {@value #SPEECH_RELIEF} less: readers put quotations in their own words ("tired" for
 * "exhausted"), and a quotation repeats little of a description of its speaker. Measured on the fresh batches of
 * news stories: 2 more right of 20 in the seventh, the rest unchanged; on squad-dev (whose questions are seldom
 * about speech) one more unanswerable question answered of 1,527 (docs/benchmarks.md). A yes/no question about
 * named ones gets its own relief ({@link Polar#threshold}).
 */
final class RefusalThreshold {
    static final double SPEECH_RELIEF = 0.07;

    private RefusalThreshold() {
    }

    static double of(QuestionAnalysis analysis, Evidence best, CorpusSnapshot corpus, double threshold) {
        double base = Polar.threshold(analysis.text(), best, corpus, threshold);
        return asksAboutSpeech(analysis) && best.speaker().isPresent() ? base - SPEECH_RELIEF : base;
    }

    /** "What did X say?", "What is X's position?", "Who said …?" — not "Who will lead the talks?". */
    static boolean asksAboutSpeech(QuestionAnalysis analysis) {
        return analysis.type() == QuestionType.WHAT_SAID
                || analysis.type() == QuestionType.WHO && QuestionAnalyzer.asksWhoSaid(analysis.text());
    }
}
