package dev.citebot.answer;

import dev.citebot.article.Scope;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.Synonyms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "What did the governor say about the stadium deal?" in a library where the governor who speaks is in a story about
 * a flood: the best passage is by the one asked about, but no passage of its article holds any of the words asked
 * about ("stadium", "deal") or a word of the same meaning ({@link Synonyms}), while another article in scope holds
 * them all. The governor of the stadium story said nothing, and the question is refused with the flood story's
 * passage as the closest. Within one article the check never applies.
 */
final class OtherStory {

    private OtherStory() {
    }

    static boolean elsewhere(QuestionAnalysis analysis, Evidence best, CorpusSnapshot corpus, Scope scope) {
        if (analysis.type() != QuestionType.WHAT_SAID || analysis.subject().isEmpty() || !best.speakerIsSubject()
                || scope.articleId().isPresent()) {
            return false;
        }
        List<String> topic = analysis.terms().stream().filter(t -> !SpeakerRoute.BARE.contains(t)).toList();
        if (topic.isEmpty()) {
            return false;
        }
        Set<Long> holdingAll = null;
        for (String term : topic) {
            Set<Long> holding = new HashSet<>(corpus.articlesHolding(scope, term));
            Synonyms.of(term).forEach(other -> holding.addAll(corpus.articlesHolding(scope, other)));
            if (holding.contains(best.articleId())) {
                return false;
            }
            if (holdingAll == null) {
                holdingAll = new HashSet<>(holding);
            } else {
                holdingAll.retainAll(holding);
            }
        }
        return !holdingAll.isEmpty();
    }
}
