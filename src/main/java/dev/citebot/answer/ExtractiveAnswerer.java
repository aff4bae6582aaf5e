package dev.citebot.answer;

import dev.citebot.attribute.Speaker;
import dev.citebot.retrieve.ArticleView;
import dev.citebot.retrieve.CorpusSnapshot;
import dev.citebot.retrieve.Evidence;
import dev.citebot.retrieve.QuestionAnalysis;
import dev.citebot.retrieve.QuestionAnalyzer;
import dev.citebot.retrieve.QuestionType;
import dev.citebot.retrieve.Retriever;
import dev.citebot.article.Scope;
import dev.citebot.retrieve.ScoringWeights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers with 1–3 verbatim sentences from the articles, best first, and no model but the embedding model.
 * Says the articles don't say when the best candidate scores below the calibrated threshold, or when the
 * question names someone or something no article in scope mentions.
 */
public final class ExtractiveAnswerer {
    public static final String MODE = "extractive";
    static final int MAX_QUOTES = 3;
    static final double MARGIN = 0.15;

    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final ScoringWeights weights;

    public ExtractiveAnswerer(Retriever retriever, QuestionAnalyzer analyzer, ScoringWeights weights) {
        this.retriever = retriever;
        this.analyzer = analyzer;
        this.weights = weights;
    }

    /** @throws IllegalArgumentException for an empty question */
    public Answer answer(String question, Scope scope) {
        long began = System.nanoTime();
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        QuestionAnalysis analysis = analyzer.analyze(question);
        CorpusSnapshot corpus = retriever.corpus();
        Optional<String> unknown = unknownEntity(analysis, corpus, scope);
        if (unknown.isPresent()) {
            return refusal(analysis, notMentioned(corpus, scope, unknown.get()), null, began);
        }
        List<Evidence> evidence = retriever.retrieve(corpus, analysis, scope);
        if (evidence.isEmpty() || evidence.get(0).score() < weights.refusalThreshold()) {
            Quote closest = evidence.isEmpty() ? null : quote(evidence.get(0), corpus);
            return refusal(analysis, single(corpus, scope) ? "The article doesn't say." : "The articles don't say.",
                    closest, began);
        }
        List<Quote> quotes = select(analysis, evidence).stream().map(e -> quote(e, corpus)).toList();
        String lead = lead(analysis, quotes.get(0));
        return new Answer(analysis.text(), true, lead, AnswerText.answered(lead, quotes), quotes, MODE,
                millisSince(began));
    }

    private List<Evidence> select(QuestionAnalysis analysis, List<Evidence> evidence) {
        Evidence top = evidence.get(0);
        double floor = Math.max(weights.refusalThreshold(), top.score() - MARGIN);
        boolean sameSpeaker = analysis.subject().isPresent() && top.speakerIsSubject();
        List<Evidence> out = new ArrayList<>(List.of(top));
        for (Evidence e : evidence.subList(1, evidence.size())) {
            if (out.size() == MAX_QUOTES || e.score() < floor) {
                break;
            }
            if ((!sameSpeaker || e.speakerIsSubject()) && out.stream().noneMatch(o -> overlaps(o, e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean overlaps(Evidence a, Evidence b) {
        return a.articleId() == b.articleId() && a.start() < b.end() && b.start() < a.end();
    }

    /** For "who said …?" the answer opens by naming the speaker. */
    private static String lead(QuestionAnalysis analysis, Quote first) {
        if (analysis.type() != QuestionType.WHO || first.speaker() == null) {
            return "";
        }
        return "Said by " + first.speaker() + (first.role() == null ? "" : " (" + first.role() + ")") + ":";
    }

    private static Optional<String> unknownEntity(QuestionAnalysis analysis, CorpusSnapshot corpus, Scope scope) {
        for (String entity : analysis.entities()) {
            if (!corpus.mentions(scope, entity)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    private static String notMentioned(CorpusSnapshot corpus, Scope scope, String entity) {
        return single(corpus, scope) ? "The article doesn't mention " + entity + "."
                : "None of the articles mentions " + entity + ".";
    }

    private static boolean single(CorpusSnapshot corpus, Scope scope) {
        return scope.articleId().isPresent() || corpus.articles().size() == 1;
    }

    private Answer refusal(QuestionAnalysis analysis, String reason, Quote closest, long began) {
        List<Quote> quotes = closest == null ? List.of() : List.of(closest);
        String lead = AnswerText.refusalLead(reason, closest);
        return new Answer(analysis.text(), false, lead, AnswerText.refused(lead, closest), quotes, MODE,
                millisSince(began));
    }

    private static Quote quote(Evidence e, CorpusSnapshot corpus) {
        ArticleView article = corpus.article(e.articleId()).orElseThrow();
        Optional<Speaker> speaker = e.speaker();
        return new Quote(e.articleId(), article.title(), article.source(), e.paragraph(),
                e.start(), e.end(), article.text().substring(e.start(), e.end()),
                speaker.map(Speaker::name).orElse(null), speaker.map(Speaker::role).orElse(null));
    }

    private static long millisSince(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }
}
