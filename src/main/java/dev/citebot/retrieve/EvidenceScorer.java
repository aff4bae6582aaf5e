package dev.citebot.retrieve;

import dev.citebot.attribute.Speaker;
import dev.citebot.attribute.SpeakerFinder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Fuses what the dense, lexical and phrase retrievers found (one candidate per distinct span) and re-scores
 * every candidate against the question: semantic similarity, IDF-weighted coverage of the question's words,
 * whether the sentence's speaker is the person asked about, whether it fits the question type (a date for
 * "when", a number for "how many", a cause for "why", a speaker for "who"), and whether it contains a quotation
 * the question quotes.
 * Built once; each {@link #rank} is one question's, against one corpus snapshot.
 */
final class EvidenceScorer {

    static final int WITH_SPEAKERS = 12;
    /**
     * The weight of a question term no passage holds, as a fraction of the rarest term's, when it is most likely the
     * reader's own word for one the article uses ("keen" for "interested", "short of" for "shortages"): when another
     * word of the question that is no name is held, or the sentence is close in meaning ({@link #CLOSE}). Otherwise
     * ("Is Wexley opening a zoo?" against a sentence that only names Wexley) the question asks about something the
     * articles do not touch, and such a term weighs as much as the rarest one. Measured in docs/benchmarks.md.
     */
    static final double ABSENT = 0.25;
    /**
     * A cosine at which a sentence is close in meaning to the question: questions in other words than the article's
     * met their sentence at 0.39–0.66, questions on things the article does not touch at 0.17–0.37.
     */
    static final double CLOSE = 0.4;
    private static final List<String> NEGATING_PREFIXES = List.of("non", "dis", "un", "in", "im", "il", "ir");
    private static final Comparator<Evidence> BEST_FIRST = Comparator.comparingDouble(Evidence::score).reversed();
    private static final Pattern QUOTATION = Pattern.compile("[“\"][^”\"]{12,}[”\"]");

    private final SpeakerFinder speakers;
    private final ScoringWeights weights;

    EvidenceScorer(SpeakerFinder speakers, ScoringWeights weights) {
        this.speakers = speakers;
        this.weights = weights;
    }

    /**
     * One piece of evidence per distinct span the channels found (the first finding of a span gives its
     * paragraph), scored for {@code question}, best first; spans of articles not in {@code corpus} are dropped.
     */
    List<Evidence> rank(CorpusSnapshot corpus, QuestionAnalysis question, List<ChannelHit> hits) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        double minDense = 1;
        for (ChannelHit hit : hits) {
            minDense = Math.min(minDense, fuse(candidates, hit));
        }
        corpus.readTexts(candidates.values().stream().map(c -> c.hit.articleId()).toList());
        return new Question(corpus, question).rank(candidates.values(), minDense);
    }

    /** Adds a hit to its span's candidate; returns its cosine when it came from the dense channel, else 1. */
    private static double fuse(Map<String, Candidate> candidates, ChannelHit hit) {
        String key = hit.articleId() + ":" + hit.start() + ":" + hit.end();
        Candidate candidate = candidates.computeIfAbsent(key, k -> new Candidate(hit));
        if (hit.channel() == Channel.DENSE) {
            candidate.cosine = 2 * hit.score() - 1;
            return candidate.cosine;
        }
        if (hit.channel() == Channel.PHRASE) {
            candidate.phrase = true;
        }
        return 1;
    }

    /** The scoring of one question against one snapshot. */
    private final class Question {
        private final CorpusSnapshot corpus;
        private final QuestionAnalysis question;

        Question(CorpusSnapshot corpus, QuestionAnalysis question) {
            this.corpus = corpus;
            this.question = question;
        }

        /**
         * Scores every candidate without speakers first, then finds speakers for the best {@link #WITH_SPEAKERS}
         * only: the speaker rule reads the article around each sentence and is the costly feature. A candidate
         * that names the speaker a "What did X say?" asks about gets its speaker wherever it ranks: the answerer
         * may put it first when the index holds none of X's words, and its quote must then say who is speaking.
         */
        List<Evidence> rank(Collection<Candidate> candidates, double denseFloor) {
            boolean held = holdsAWordBesideNames(question.terms());
            double[] readersWords = termWeights(ABSENT);
            double[] untouched = held ? readersWords : termWeights(1);
            List<Evidence> base = new ArrayList<>();
            for (Candidate c : candidates) {
                Evidence e = baseScore(c, denseFloor, c.cosine >= CLOSE ? readersWords : untouched);
                if (e != null) {
                    base.add(e);
                }
            }
            base.sort(BEST_FIRST);
            List<Evidence> out = new ArrayList<>(base.size());
            for (int i = 0; i < base.size(); i++) {
                Evidence e = base.get(i);
                out.add(i < WITH_SPEAKERS || namesSubject(e) ? withSpeaker(e, readersWords) : e);
            }
            out.sort(BEST_FIRST);
            return out;
        }

        private Evidence baseScore(Candidate c, double denseFloor, double[] termWeights) {
            long articleId = c.hit.articleId();
            Optional<ArticleView> article = corpus.article(articleId);
            if (article.isEmpty()) {
                return null;
            }
            int start = c.hit.start();
            int end = c.hit.end();
            String text = article.get().text().substring(start, end);
            double score = weights.dense() * (Double.isNaN(c.cosine) ? denseFloor : c.cosine)
                    + weights.coverage() * withPointedAt(article.get(), start, text, termWeights)
                    + weights.typeFit() * textFit(text)
                    + weights.phrase() * (c.phrase ? 1 : 0);
            return new Evidence(articleId, c.hit.paragraph(), start, end, score, Optional.empty(), false);
        }

        /**
         * The coverage of a sentence, or of it with the sentence before when it points back to that one ("They
         * don't forgive being ignored." after "“Customers forgive a storm,” she said."), whichever is higher: the
         * answer quotes the two together ({@link PointingWords}).
         */
        private double withPointedAt(ArticleView article, int start, String text, double[] termWeights) {
            double own = coverage(text, termWeights);
            if (own == 1 || !PointingWords.pointsBack(text)) {
                return own;
            }
            Passage before = PointingWords.pointedAt(article.passages(), start, article.text());
            return before == null ? own : Math.max(own,
                    coverage(article.text().substring(before.start(), before.end()) + " " + text, termWeights));
        }

        private boolean namesSubject(Evidence e) {
            if (question.type() != QuestionType.WHAT_SAID || question.subject().isEmpty()) {
                return false;
            }
            return SubjectMatcher.mentioned(question.subject().get(), corpus.text(e));
        }

        /** Adds the speaker-dependent features: who the sentence reports, and whether that is the one asked about. */
        private Evidence withSpeaker(Evidence e, double[] readersWords) {
            String articleText = corpus.article(e.articleId()).orElseThrow().text();
            String text = articleText.substring(e.start(), e.end());
            Optional<Speaker> speaker = speakers.find(e.articleId(), articleText, e.start(), e.end());
            double subject = question.subject().map(s -> subjectScore(s, speaker, text)).orElse(0.0);
            double score = e.score() + weights.subject() * subject + weights.typeFit() * speakerFit(speaker)
                    + weights.coverage() * titleCoverage(text, speaker, readersWords);
            return new Evidence(e.articleId(), e.paragraph(), e.start(), e.end(), score, speaker, subject >= 0.9);
        }

        private static double subjectScore(String subject, Optional<Speaker> speaker, String text) {
            double match = SubjectMatcher.match(subject, speaker);
            return match > 0 ? match : SubjectMatcher.mentioned(subject, text) ? 0.4 : 0;
        }

        /** The part of the type fit the sentence text alone decides. */
        private double textFit(String text) {
            return switch (question.type()) {
                case WHAT_SAID -> QUOTATION.matcher(text).find() ? 0.5 : 0;
                case WHEN, WHY, WHERE, HOW_MANY, HOW_LONG -> AnswerShape.holds(question, text) ? 1 : 0;
                default -> 0;
            };
        }

        /**
         * The coverage the speaker's role adds to the sentence's own: "How did the mayor answer the criticism?" is
         * covered by "Whitlow rejected the criticism, …" when the article makes Whitlow the mayor. Weighed with the
         * reader's words ({@link #ABSENT}), as a question with a word beside names is.
         */
        private double titleCoverage(String text, Optional<Speaker> speaker, double[] readersWords) {
            String role = speaker.map(Speaker::role).orElse(null);
            if (role == null || question.terms().isEmpty()) {
                return 0;
            }
            return coverage(text + " " + role, readersWords) - coverage(text, readersWords);
        }

        /** The part of the type fit that needs a speaker: "who" wants one, "what did X say" prefers one. */
        private double speakerFit(Optional<Speaker> speaker) {
            if (speaker.isEmpty()) {
                return 0;
            }
            return question.type() == QuestionType.WHO ? 1 : question.type() == QuestionType.WHAT_SAID ? 0.5 : 0;
        }

        /**
         * IDF of each question term; a term no passage contains weighs {@code absent} of the rarest term's weight,
         * unless it negates a word the articles hold ("uncommonly", "irrelevant"), which asks the opposite of what
         * they say and weighs as much as the rarest term.
         */
        private double[] termWeights(double absent) {
            List<String> terms = question.terms();
            double[] w = new double[terms.size()];
            double max = Math.log(1 + (corpus.lexical().size() + 0.5) / 1.5);
            for (int i = 0; i < w.length; i++) {
                double idf = idf(terms.get(i));
                w[i] = idf > 0 ? idf : negatesHeldWord(terms.get(i)) ? max : absent * max;
            }
            return w;
        }

        /**
         * The term's IDF; for a generic word for office-holders the articles do not hold ("leader"), or a word they
         * hold only as a synonym ("hurt" for "injured"), the lowest IDF of the titles or synonyms they hold for it
         * ({@link OfficeWords}, {@link Synonyms}), so that it weighs as the article's own word would.
         */
        private double idf(String term) {
            double idf = corpus.lexical().idf(term);
            if (idf > 0) {
                return idf;
            }
            return Stream.concat(OfficeWords.titles(term).stream(), Synonyms.of(term).stream())
                    .mapToDouble(t -> corpus.lexical().idf(t)).filter(x -> x > 0).min().orElse(0);
        }

        /** Whether a passage holds one of {@code terms} that is not part of a name the question writes. */
        private boolean holdsAWordBesideNames(List<String> terms) {
            Set<String> names = new HashSet<>();
            question.entities().forEach(e -> names.addAll(SearchTerms.tokens(e)));
            for (String t : terms) {
                if (!names.contains(t) && corpus.lexical().idf(t) > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code term} is a word the articles hold behind a negating prefix ("un", "in", "non", …). */
        private boolean negatesHeldWord(String term) {
            for (String prefix : NEGATING_PREFIXES) {
                if (term.startsWith(prefix) && term.length() - prefix.length() >= 4
                        && corpus.lexical().idf(term.substring(prefix.length())) > 0) {
                    return true;
                }
            }
            return false;
        }

        private double coverage(String text, double[] termWeights) {
            List<String> terms = question.terms();
            if (terms.isEmpty()) {
                return 0;
            }
            Set<String> tokens = new HashSet<>(SearchTerms.tokens(text));
            double hit = 0;
            double all = 0;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < terms.size(); i++) {
                if (seen.add(terms.get(i))) {
                    all += termWeights[i];
                    boolean held = tokens.contains(terms.get(i)) || OfficeWords.covers(terms.get(i), tokens)
                            || Synonyms.covers(terms.get(i), tokens);
                    hit += held ? termWeights[i] : 0;
                }
            }
            return all == 0 ? 0 : hit / all;
        }
    }

    private static final class Candidate {
        final ChannelHit hit;
        double cosine = Double.NaN;
        boolean phrase;

        Candidate(ChannelHit hit) {
            this.hit = hit;
        }
    }
}
