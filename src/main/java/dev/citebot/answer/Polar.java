package dev.citebot.answer;

import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A yes/no question ("Is Germany prepared to send soldiers?", "Did Lee back the plan?") asks what the article
 * says of the one it names, so its answer is a sentence about that one, even when another sentence repeats more
 * of the question's other words ("Britain was willing to send troops"). Such a question gets the best candidate
 * whose window states every name of the question ({@link Specifics}). Such a sentence rarely repeats the
 * question's other words ("prepared to send soldiers" against "unwilling to commit to this mission"), so it scores
 * lower than a sentence that does; it has to pass the threshold less {@value #RELIEF}, the margin within which
 * quotes count as close ({@link ExtractiveAnswerer#MARGIN}).
 */
final class Polar {
    private static final Pattern OPENING = Pattern.compile("^\\s*(?:is|are|was|were|do|does|did|can|could|will|"
            + "would|should|has|have|had)(?:n['’]t)?\\b", Pattern.CASE_INSENSITIVE);

    static final double RELIEF = ExtractiveAnswerer.MARGIN;

    private Polar() {
    }

    /** Whether the question asks for a yes or a no: it opens with an auxiliary verb ("Is", "Did", "Hasn't"). */
    static boolean asks(String question) {
        return OPENING.matcher(question).find();
    }

    /**
     * For a yes/no question that names someone or something, only the candidates whose windows state those names,
     * best first; {@code evidence} unchanged for any other question, or when no candidate states them.
     */
    static List<Evidence> aboutNamed(String question, List<Evidence> evidence, CorpusSnapshot corpus) {
        if (!asks(question) || Specifics.names(question).isEmpty()) {
            return evidence;
        }
        List<Evidence> stating = evidence.stream().filter(e -> states(question, e, corpus)).toList();
        return stating.isEmpty() ? evidence : stating;
    }

    /**
     * The score {@code best} must reach: {@code threshold} less {@value #RELIEF} when the question asks for a yes
     * or a no and {@code best} states the names it asks about, {@code threshold} otherwise.
     */
    static double threshold(String question, Evidence best, CorpusSnapshot corpus, double threshold) {
        boolean relieved = asks(question) && !Specifics.names(question).isEmpty() && states(question, best, corpus);
        return relieved ? threshold - RELIEF : threshold;
    }

    private static boolean states(String question, Evidence e, CorpusSnapshot corpus) {
        ArticleView article = corpus.article(e.articleId()).orElseThrow();
        return Specifics.disagreement(question, article, e).isEmpty();
    }
}
