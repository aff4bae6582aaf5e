package dev.citebot.answer;

import dev.citebot.article.Scope;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.Synonyms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What did the governor say about the stadium deal?" in a library where the governor who speaks is in a story about
 * a flood: the best passage is by the one asked about, but its article holds little of what is asked about, and
 * another article holds much more of it. Each article is weighed by the words asked about that its passages hold (or
 * a word of the same meaning, {@link Synonyms}), each by its rarity (IDF): when another article weighs more than
 * {@value #OUTWEIGHS} times the speaker's, the governor of the story asked about said nothing, and the question is
 * refused with the flood story's passage as the closest. Within one article the check never applies.
 */
final class OtherStory {
    static final double OUTWEIGHS = 2.0;

    private OtherStory() {
    }

    static boolean elsewhere(QuestionAnalysis analysis, Evidence best, CorpusSnapshot corpus, Scope scope) {
        if (analysis.type() != QuestionType.WHAT_SAID || analysis.subject().isEmpty() || !best.speakerIsSubject()
                || scope.articleId().isPresent()) {
            return false;
        }
        List<String> topic = analysis.terms().stream().filter(t -> !SpeakerRoute.BARE.contains(t)).toList();
        Map<Long, Double> weight = new HashMap<>();
        for (String term : topic) {
            Set<Long> holding = new HashSet<>(corpus.articlesHolding(scope, term));
            Synonyms.of(term).forEach(other -> holding.addAll(corpus.articlesHolding(scope, other)));
            double idf = corpus.lexical().idf(term);
            holding.forEach(article -> weight.merge(article, idf, Double::sum));
        }
        double own = weight.getOrDefault(best.articleId(), 0.0);
        return weight.entrySet().stream().anyMatch(e -> e.getKey() != best.articleId()
                && e.getValue() > OUTWEIGHS * own && e.getValue() > 0);
    }
}
