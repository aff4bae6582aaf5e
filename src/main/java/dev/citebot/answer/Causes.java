package dev.citebot.answer;

import dev.citebot.retrieve.AnswerShape;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.Passage;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.SearchTerms;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cause a news story gives in the sentence after the event: "Harlow will close its plant …" is followed by "The
 * company said … the decision followed a sustained decline in orders", and "the vote had been in doubt until
 * Whitcombe announced his support" by "Whitcombe said he had been persuaded by an amendment". For a "why" question
 * whose best sentence gives no cause, the next sentence of the article (in its paragraph or opening the next one)
 * is quoted first when it gives one and is about the same thing: it holds one of the question's words, or opens
 * with a pronoun or a definite description that points back ("The company said …", "He said …").
 */
final class Causes {

    private static final Set<String> POINTING = Set.of("the", "this", "that", "these", "those", "it", "its", "he",
            "she", "they", "his", "her", "their");

    private Causes() {
    }

    /** The sentence after {@code best} that gives the cause a "why" question asks for; empty when there is none. */
    static Optional<Evidence> after(QuestionAnalysis question, Evidence best, ArticleView article) {
        String text = article.text();
        if (question.type() != QuestionType.WHY || AnswerShape.holds(question, text.substring(best.start(),
                best.end()))) {
            return Optional.empty();
        }
        List<Passage> passages = article.passages();
        int at = Pointers.indexOf(passages, best);
        if (at < 0 || at + 1 >= passages.size()) {
            return Optional.empty();
        }
        Passage next = passages.get(at + 1);
        String sentence = text.substring(next.start(), next.end());
        boolean near = next.paragraph() <= best.paragraph() + 1;
        if (!near || !AnswerShape.holds(question, sentence) || !about(question, sentence)) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(best.articleId(), next.paragraph(), next.start(), next.end(), best.score(),
                Optional.empty(), false));
    }

    private static boolean about(QuestionAnalysis question, String sentence) {
        Set<String> words = new HashSet<>(SearchTerms.terms(sentence));
        boolean shared = question.terms().stream().anyMatch(words::contains);
        String first = sentence.strip().split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
        return shared || POINTING.contains(first);
    }
}
